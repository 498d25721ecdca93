-- A slot's booked count is kept by the database: every booking that holds a place adds one, every one that
-- gives it up takes one away, and the check constraint slot_not_overbooked refuses the change that would
-- exceed capacity. Concurrent bookings of one slot queue on the slot's row lock; the loser gets the violation.
create function booking_holds_place(status varchar) returns boolean language sql immutable as $$
    select status in ('BOOKED', 'ARRIVED', 'ATTENDED', 'DID_NOT_ATTEND', 'COULD_NOT_BE_SEEN')
$$;

create function booking_counts_in_slot() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        if booking_holds_place(new.status) then
            update slot set booked = booked + 1 where trust = new.trust and id = new.slot_id and status = 'AVAILABLE';
            if not found then
                raise exception 'slot % is not available', new.slot_id
                    using errcode = 'check_violation', constraint = 'slot_available';
            end if;
        end if;
    elsif booking_holds_place(old.status) and not booking_holds_place(new.status) then
        update slot set booked = booked - 1 where trust = old.trust and id = old.slot_id;
    elsif not booking_holds_place(old.status) and booking_holds_place(new.status) then
        update slot set booked = booked + 1 where trust = new.trust and id = new.slot_id;
    end if;
    return new;
end
$$;

create trigger booking_counts_in_slot after insert or update of status on booking
    for each row execute function booking_counts_in_slot();

-- A patient holds at most one place in a slot.
create unique index booking_once_per_patient_and_slot on booking (trust, slot_id, patient_id)
    where status in ('BOOKED', 'ARRIVED', 'ATTENDED', 'DID_NOT_ATTEND', 'COULD_NOT_BE_SEEN');
