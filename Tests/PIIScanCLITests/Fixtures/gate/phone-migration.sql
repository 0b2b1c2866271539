-- A migration a feature branch adds: the phone number is not declared in the sample RoPA.
ALTER TABLE customers ADD COLUMN mobile_phone TEXT;
ALTER TABLE customers ADD COLUMN loyalty_tier TEXT;
