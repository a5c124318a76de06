-- Wakes the closeness publisher of every replica as soon as a transaction that marked subjects commits (NOTIFY is
-- delivered on commit), instead of at its next poll: an interaction reaches other services that much sooner.
CREATE FUNCTION closeness_notify_marked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('closeness_marked', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER closeness_marked AFTER INSERT OR UPDATE ON closeness_dirty
    FOR EACH STATEMENT EXECUTE FUNCTION closeness_notify_marked();
