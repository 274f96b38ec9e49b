-- For DiskFullTest: a migration that SQLite rolls back itself half-way, as it does when the disk fills.
CREATE TABLE filling (x INTEGER);
CREATE TRIGGER filling_up BEFORE INSERT ON filling BEGIN SELECT RAISE(ROLLBACK, 'database or disk is full'); END;
INSERT INTO filling VALUES (1);
