-- Territorial reference data is shared by every organisation: tenant code reads it, only the
-- import command (running as the owner) writes it.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "reference_imports", "reference_commune_centres", "reference_commune_density", "reference_cultural_facilities", "reference_priority_areas" FROM tutti_app;
