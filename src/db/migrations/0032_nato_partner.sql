-- NATO itself as a partner (src/areas/countries/reference-data.ts): the purchaser of transmittal 13-06 (78 FR 26328,
-- 6 May 2013). Its SAMM C4.T2C code was not found: NTO is IOPS's provisional code, code_verified false.
INSERT INTO "partners" ("code","iso2","iso3","name","kind","region","code_verified","notes") VALUES ('NTO',NULL,NULL,'North Atlantic Treaty Organization (NATO)','organization',NULL,false,'Customer code provisional: the SAMM Table C4.T2C entry was not found. Purchaser in transmittal 13-06 (78 FR 26328).');
--> statement-breakpoint
INSERT INTO "group_memberships" ("group_code","partner_code","from_date","to_date","source","verified") VALUES ('NATO','NTO','1949-08-24',NULL,'North Atlantic Treaty in force 24 Aug 1949 (nato.int); the organisation itself, as NSPA (W7) is, so that the rules naming NATO (AECA 62(c), 63(a)) reach it',true);
--> statement-breakpoint
INSERT INTO "group_memberships" ("group_code","partner_code","from_date","to_date","source","verified") VALUES ('AECA_36B_ALLIES','NTO','1981-12-29',NULL,'AECA 36(b)(1) (22 U.S.C. 2776(b)) names the North Atlantic Treaty Organization itself; earliest start found: P.L. 97-113 sec. 102 (29 Dec 1981) ''Proposed transfers or sales to NATO, Japan, Australia, or New Zealand''; current coverage: CRS RL31675',false);
