-- The search's row estimates come from the histogram of lower(name) that ANALYZE keeps for client_name_search's
-- expression. With the default 100 entries, a rare part of a name ('vårby 1200') is estimated at 0 % or 1 % by
-- the chance of the sample, and at 1 % the planner walks a large agency's clients in name order instead of reading
-- the search index (ClientSearchPlanTest saw it flip between runs). 1000 entries keep a rare text rare.
alter index client_name_search alter column 2 set statistics 1000;
