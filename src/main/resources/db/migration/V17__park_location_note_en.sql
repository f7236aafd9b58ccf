-- The location check's note in English beside the Chinese one (English pages showed the Chinese note). Filled when
-- the catalogue is next loaded; until then English pages show the Chinese note.
alter table park add column location_note_en varchar(500);
