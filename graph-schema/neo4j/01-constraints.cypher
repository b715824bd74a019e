// Generated from graph-schema/schema.yaml; do not edit. Regenerate: KG_REGENERATE_NEO4J_SCHEMA=1 dotnet test tests/KnowledgeGraph.Storage.Neo4j.Tests
// Ids are unique among all entities and among all sources; each entity type's label gets its own constraint too,
// so that a query by label alone is backed by an index.
CREATE CONSTRAINT unique_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT unique_source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT unique_association_id IF NOT EXISTS FOR (n:Association) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT unique_city_id IF NOT EXISTS FOR (n:City) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT unique_company_id IF NOT EXISTS FOR (n:Company) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT unique_conference_id IF NOT EXISTS FOR (n:Conference) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT unique_country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT unique_delegation_id IF NOT EXISTS FOR (n:Delegation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT unique_district_id IF NOT EXISTS FOR (n:District) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT unique_fund_id IF NOT EXISTS FOR (n:Fund) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT unique_government_body_id IF NOT EXISTS FOR (n:GovernmentBody) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT unique_industry_id IF NOT EXISTS FOR (n:Industry) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT unique_investor_id IF NOT EXISTS FOR (n:Investor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT unique_park_id IF NOT EXISTS FOR (n:Park) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT unique_person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT unique_project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT unique_province_id IF NOT EXISTS FOR (n:Province) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT unique_research_institute_id IF NOT EXISTS FOR (n:ResearchInstitute) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT unique_signing_id IF NOT EXISTS FOR (n:Signing) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT unique_town_id IF NOT EXISTS FOR (n:Town) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT unique_university_id IF NOT EXISTS FOR (n:University) REQUIRE n.id IS UNIQUE;
// One writer lease per name: concurrent first ingestions must not each create their own.
CREATE CONSTRAINT unique_writer_lease_name IF NOT EXISTS FOR (n:WriterLease) REQUIRE n.name IS UNIQUE;
