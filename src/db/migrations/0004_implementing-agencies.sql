-- Implementing agencies and their case-identifier letters (shared/domain.md §1). Others are added by administrators.
INSERT INTO "implementing_agencies" ("code","name","source","verified") VALUES ('B','Department of the Army','Case identifier IS-B-ZMI, transmittal 20-44 (Army)',true);
--> statement-breakpoint
INSERT INTO "implementing_agencies" ("code","name","source","verified") VALUES ('D','Department of the Air Force','Case identifier TW-D-QBA, transmittal 22-44 (Air Force)',true);
--> statement-breakpoint
INSERT INTO "implementing_agencies" ("code","name","source","verified") VALUES ('P','Department of the Navy','Widely repeated, not yet read in a primary source (shared/domain.md §1: to verify)',false);
