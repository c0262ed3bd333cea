package se.byra.gateway.pages.collaborations;

import java.util.List;

/**
 * A collaboration's option fields in words ({@link OptionsForm#fields}): each group's radios (empty: the group is not
 * shown), the hint that says who may receive the invoice, and whether the payment recipient checkbox is shown and
 * checked.
 */
public record OptionFields(List<Choice> engagements, List<Choice> variants, List<Choice> recipients,
        String recipientHint, List<Choice> periods, boolean paymentAllowed, boolean payment) {
}
