-- ---------------------------------------------------------------------
-- Units: a glossary of the units reports write (亿元, 万个, 平方公里),
-- with English names, the dimension, and the factor to the base unit that
-- facts.base_value is folded to.  The rows come from the quantity reader's
-- own tables (src/data/q_units.tsv, q_magnitudes.tsv, English names in
-- units_en.tsv; the INSERT is generated at build time by
-- src/data/units_sql.sh and follows this file in the install script), so
-- the glossary and the reader never disagree.  The series views read it to
-- state every value in its indicator's default unit.  Shipped data only:
-- upgrades replace the rows.
-- ---------------------------------------------------------------------
CREATE TABLE @extschema@.units (
    unit      text PRIMARY KEY,
    name_en   text,
    dimension text NOT NULL,
    base_unit text NOT NULL,
    factor    numeric NOT NULL CHECK (factor > 0)
);

COMMENT ON TABLE @extschema@.units IS 'Units as reports write them (亿元, 万个, 平方公里, %) with their English name, dimension, base unit and factor to it: a value in unit is value * factor in base_unit (4.4万个 is 44000 个). Generated from the quantity reader''s unit tables, so facts.base_unit and facts.base_value follow the same rows.';
COMMENT ON COLUMN @extschema@.units.unit IS 'Unit as written, simplified (亿元, 万个, 微克/立方米).';
COMMENT ON COLUMN @extschema@.units.name_en IS 'English name (100 million yuan, 10 thousand units); NULL when none is known.';
COMMENT ON COLUMN @extschema@.units.dimension IS 'What it measures: money, count, area, length, mass, volume, energy, power, percent, points, duration, price, ...';
COMMENT ON COLUMN @extschema@.units.base_unit IS 'Unit the quantity reader folds it to (元, 个, 平方米, %), as in facts.base_unit.';
COMMENT ON COLUMN @extschema@.units.factor IS 'Multiplier from unit to base_unit (100000000 for 亿元).';
