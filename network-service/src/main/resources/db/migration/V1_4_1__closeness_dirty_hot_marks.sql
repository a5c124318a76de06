-- The publisher takes marks in the order (cause = 'TIME_PASSED', marked_at, subject), which an index on marked_at
-- alone cannot give, and no other query reads by marked_at: the index had no scan in a whole benchmark run. It only
-- cost: every mark wrote it, and because marked_at was indexed no re-mark could be a HOT update, so the primary key
-- gained an entry at every move of marked_at (15,000 dead row versions against a few hundred live ones after 30 s of
-- the benchmark's command load).
DROP INDEX closeness_dirty_oldest;

-- Room on each page for the new version of a re-marked row, so the update stays HOT (no index entry at all).
ALTER TABLE closeness_dirty SET (fillfactor = 70);
