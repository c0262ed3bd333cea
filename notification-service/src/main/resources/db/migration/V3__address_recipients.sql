-- An e-mail to a person an event names by their address only (ConsentRequested's main contact, who may not
-- be a client user yet): recipient_kind ADDRESS, recipient_id a UUID of the address (one mail per event,
-- address and template), and the name, address and language it goes to, which the directory has not.
-- Such a delivery has no in-platform notification: the person has no list to show it in.
alter table email_delivery drop constraint email_delivery_recipient_kind_check;
alter table email_delivery add constraint email_delivery_recipient_kind_check
    check (recipient_kind in ('STAFF', 'CLIENT_USER', 'ADDRESS'));
-- null but for ADDRESS, whose recipient_name and recipient_email are set when it is recorded
alter table email_delivery add column recipient_language varchar(2) check (recipient_language in ('sv', 'en'));
alter table email_delivery add constraint email_delivery_address_known
    check (recipient_kind <> 'ADDRESS'
           or (recipient_name is not null and recipient_email is not null and recipient_language is not null));
