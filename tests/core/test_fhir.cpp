// FHIR R4 import into the emergency triage set: the sample IPS bundle imports with the expected
// items, codes and counts and survives a token round trip; the malformed sample and a table of
// broken documents each fail with their "fhir.*" code naming the resource and the field, and
// nothing partial comes back.
#include "common/atomic_file.h"
#include "fhir/import.h"
#include "test_support.h"
#include "token/issue.h"
#include "token/verify.h"

using namespace careledger;
using token::CodeSystem;
using token::Concept;

namespace {

std::string sample(const char* name) {
    const auto bytes = read_file(std::filesystem::path(CARELEDGER_TEST_DATA) / "fhir" / name,
                                 std::size_t{1} << 22);
    return bytes.ok() ? to_string(*bytes) : std::string();
}

// A Bundle around the given entry resources (JSON object texts). Code system URLs are written
// "@loinc", "@sct" and "@consentscope" in the rows: moc's tokenizer reads the "//" of a URL inside
// a raw string literal as a comment and then loses the test class.
QString bundle(const QStringList& resources) {
    QStringList entries;
    for (const auto& r : resources)
        entries << "{\"resource\": " + r + "}";
    QString out = "{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [" +
                  entries.join(", ") + "]}";
    out.replace("@loinc", "http://loinc.org");
    out.replace("@sct", "http://snomed.info/sct");
    out.replace("@consentscope", "http://terminology.hl7.org/CodeSystem/consentscope");
    return out;
}

const char* const kAllergy =
    R"({"resourceType": "AllergyIntolerance", "id": "a1", "code": {"text": "Penicillin"}})";

void add_broken_document_rows() {
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("names"); // must appear in the message
    QTest::newRow("not JSON") << "{\"resourceType\": \"Bundle\", "
                              << "fhir.bad_json"
                              << "";
    QTest::newRow("JSON array") << "[]"
                                << "fhir.not_bundle"
                                << "";
    QTest::newRow("a Patient, not a Bundle") << R"({"resourceType": "Patient"})"
                                             << "fhir.not_bundle"
                                             << "";
    QTest::newRow("entry is an object") << R"({"resourceType": "Bundle", "entry": {}})"
                                        << "fhir.wrong_type"
                                        << "Bundle.entry";
    QTest::newRow("entry without resource")
        << R"({"resourceType": "Bundle", "entry": [{"fullUrl": "x"}]})"
        << "fhir.malformed_entry"
        << "Bundle.entry[0]";
    QTest::newRow("resource without resourceType")
        << bundle({R"({"id": "x"})"}) << "fhir.malformed_entry"
        << "Bundle.entry[0]";
    QTest::newRow("allergy without code")
        << bundle({R"({"resourceType": "AllergyIntolerance", "id": "a1"})"}) << "fhir.missing_field"
        << "AllergyIntolerance/a1 (entry 0): required field \"code\"";
    QTest::newRow("allergy code is a string")
        << bundle({R"({"resourceType": "AllergyIntolerance", "id": "a1", "code": "penicillin"})"})
        << "fhir.wrong_type"
        << "AllergyIntolerance/a1 (entry 0): field \"code\"";
    QTest::newRow("allergy code says nothing")
        << bundle({R"({"resourceType": "AllergyIntolerance", "id": "a1",
                      "code": {"coding": [{"system": "urn:x", "code": "7"}]}})"})
        << "fhir.bad_value"
        << "field \"code\"";
    QTest::newRow("coding is not an object")
        << bundle({R"({"resourceType": "AllergyIntolerance", "id": "a1",
                      "code": {"coding": ["91936005"]}})"})
        << "fhir.wrong_type"
        << "code.coding[0]";
    QTest::newRow("criticality is a number")
        << bundle({R"({"resourceType": "AllergyIntolerance", "id": "a1",
                      "code": {"text": "x"}, "criticality": 3})"})
        << "fhir.wrong_type"
        << "criticality";
    QTest::newRow("criticality unknown")
        << bundle({R"({"resourceType": "AllergyIntolerance", "id": "a1",
                      "code": {"text": "x"}, "criticality": "severe"})"})
        << "fhir.bad_value"
        << "criticality";
    QTest::newRow("manifestation not an array")
        << bundle({R"({"resourceType": "AllergyIntolerance", "id": "a1",
                      "code": {"text": "x"}, "reaction": [{"manifestation": {"text": "rash"}}]})"})
        << "fhir.wrong_type"
        << "reaction[0].manifestation";
    QTest::newRow("medication without status")
        << bundle({R"({"resourceType": "MedicationStatement", "id": "m1",
                      "medicationCodeableConcept": {"text": "x"}})"})
        << "fhir.missing_field"
        << "MedicationStatement/m1 (entry 0): required field \"status\"";
    QTest::newRow("medication status unknown")
        << bundle({R"({"resourceType": "MedicationStatement", "id": "m1", "status": "taking",
                      "medicationCodeableConcept": {"text": "x"}})"})
        << "fhir.bad_value"
        << "status";
    QTest::newRow("medication[x] missing")
        << bundle({R"({"resourceType": "MedicationRequest", "id": "m1", "status": "active"})"})
        << "fhir.missing_field"
        << "medication[x]";
    QTest::newRow("dangling medicationReference")
        << bundle({R"({"resourceType": "MedicationStatement", "id": "m1", "status": "active",
                      "medicationReference": {"reference": "Medication/nope"}})"})
        << "fhir.bad_reference"
        << "Medication/nope";
    QTest::newRow("referenced Medication without code")
        << bundle({R"({"resourceType": "MedicationStatement", "id": "m1", "status": "active",
                      "medicationReference": {"reference": "Medication/med"}})",
                   R"({"resourceType": "Medication", "id": "med"})"})
        << "fhir.missing_field"
        << "Medication/med (entry 1): required field \"code\"";
    QTest::newRow("condition without code")
        << bundle({R"({"resourceType": "Condition", "id": "c1"})"}) << "fhir.missing_field"
        << "Condition/c1 (entry 0)";
    QTest::newRow("blood group without value")
        << bundle({R"({"resourceType": "Observation", "id": "o1", "status": "final",
                      "code": {"coding": [{"system": "@loinc", "code": "882-1"}]}})"})
        << "fhir.missing_field"
        << "value[x]";
    QTest::newRow("observation without code")
        << bundle({R"({"resourceType": "Observation", "id": "o1", "status": "final"})"})
        << "fhir.missing_field"
        << "Observation/o1";
    QTest::newRow("communication without language")
        << bundle({R"({"resourceType": "Patient", "id": "p1", "communication": [{}]})"})
        << "fhir.missing_field"
        << "communication[0].language";
    QTest::newRow("two patients") << bundle({R"({"resourceType": "Patient", "id": "p1"})",
                                             R"({"resourceType": "Patient", "id": "p2"})"})
                                  << "fhir.bad_value"
                                  << "Patient/p2 (entry 1)";
    QTest::newRow("telecom not an array")
        << bundle({R"({"resourceType": "RelatedPerson", "id": "r1", "telecom": {"value": "1"}})"})
        << "fhir.wrong_type"
        << "telecom";
    QTest::newRow("allergy text over 200 bytes")
        << bundle({"{\"resourceType\": \"AllergyIntolerance\", \"id\": \"long\", \"code\": "
                   "{\"text\": \"" +
                   QString(201, 'x') + "\"}}"})
        << "fhir.over_limits"
        << "AllergyIntolerance/long (entry 0)";
    QStringList many;
    for (int i = 0; i < 33; ++i)
        many << kAllergy;
    QTest::newRow("33 allergies") << bundle(many) << "fhir.over_limits"
                                  << "allergies";
    QTest::newRow("nested 100 deep")
        << "{\"resourceType\": \"Bundle\", \"x\": " + QString(100, '[') + QString(100, ']') + "}"
        << "fhir.too_large"
        << "";
    QTest::newRow("over 4 MiB") << bundle({kAllergy}) + QString(qsizetype{4} * 1024 * 1024, ' ')
                                << "fhir.too_large"
                                << "";
}

void add_variant_rows() {
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("what");
    QTest::newRow("ABO + Rh observations")
        << bundle({R"({"resourceType": "Observation", "id": "abo", "status": "final",
                      "code": {"coding": [{"system": "@loinc", "code": "883-9"}]},
                      "valueCodeableConcept": {"coding": [{"system": "@sct",
                                                           "code": "112149005"}]}})",
                   R"({"resourceType": "Observation", "id": "rh", "status": "final",
                      "code": {"coding": [{"system": "@loinc", "code": "10331-7"}]},
                      "valueString": "RhD negative"})"})
        << "blood";
    QTest::newRow("contained Medication")
        << bundle({R"({"resourceType": "MedicationStatement", "id": "m1", "status": "active",
                      "contained": [{"resourceType": "Medication", "id": "c",
                                     "code": {"text": "Apixaban 5 mg"}}],
                      "medicationReference": {"reference": "#c"}})"})
        << "contained";
    QTest::newRow("advance directive as Consent")
        << bundle({R"({"resourceType": "Consent", "id": "adr", "status": "active",
                      "scope": {"coding": [{"system":
                          "@consentscope", "code": "adr"}]},
                      "policyRule": {"text": "No mechanical ventilation"}})"})
        << "consent";
    QTest::newRow("empty bundle") << R"({"resourceType": "Bundle"})"
                                  << "empty";
    QTest::newRow("unparsable SNOMED expression keeps its text")
        << bundle({R"({"resourceType": "Condition", "id": "c1",
                      "code": {"coding": [{"system": "@sct",
                                           "code": "22298006 |Myocardial infarction|",
                                           "display": "Heart attack"}]}})"})
        << "expression";
}

} // namespace

class TestFhir : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::init_core(); }

    void sample_ips_imports() {
        const auto r = fhir::import_bundle(sample("ips-sample.json"));
        CL_QVERIFY_OK(r);
        const fhir::ImportStats& s = r->stats;
        QCOMPARE(s.entries, std::size_t{19});
        QCOMPARE(s.allergies, std::size_t{2});
        QCOMPARE(s.medications, std::size_t{3});
        QCOMPARE(s.problems, std::size_t{2});
        QCOMPARE(s.contacts, std::size_t{2});
        QCOMPARE(s.excluded,
                 std::size_t{3}); // resolved latex allergy, stopped ibuprofen, appendicitis
        QCOMPARE(s.skipped, std::size_t{4});
        const std::map<std::string, std::size_t> skipped{
            {"Composition", 1}, {"Observation", 1}, {"Organization", 1}, {"Practitioner", 1}};
        QVERIFY(s.skipped_types == skipped);
        QVERIFY(s.blood_type && s.advance_directive && s.language);

        const token::TriageSet& t = r->triage;
        QCOMPARE(t.allergies.size(), std::size_t{2});
        QVERIFY(t.allergies[0].substance ==
                (Concept{CodeSystem::snomed_ct, "91936005", "Allergy to penicillin"}));
        QVERIFY(t.allergies[0].reactions ==
                (std::vector<Concept>{{CodeSystem::snomed_ct, "39579001", "Anaphylaxis"}}));
        QCOMPARE(int(t.allergies[0].criticality), int(token::Criticality::high));
        // The concept's own text wins over the coding's display.
        QVERIFY(t.allergies[1].substance ==
                (Concept{CodeSystem::snomed_ct, "91935009", "Peanuts"}));
        QVERIFY(t.allergies[1].reactions ==
                (std::vector<Concept>{{CodeSystem::snomed_ct, "126485001", "Urticaria"},
                                      {CodeSystem::none, "", "Swollen lips"}}));
        QCOMPARE(int(t.allergies[1].criticality), int(token::Criticality::low));

        QCOMPARE(t.medications.size(), std::size_t{3});
        // Through medicationReference to the Medication resource.
        QVERIFY(t.medications[0].medication ==
                (Concept{CodeSystem::rxnorm, "860975", "Metformin 500 mg XR"}));
        QCOMPARE(t.medications[0].dose, std::string("500 mg twice daily with meals"));
        QVERIFY(t.medications[1].medication == (Concept{CodeSystem::atc, "B01AA03", "Warfarin"}));
        // A MedicationRequest's dosageInstruction.
        QCOMPARE(t.medications[2].dose, std::string("2 puffs when needed"));

        QCOMPARE(t.problems.size(), std::size_t{2});
        QVERIFY(t.problems[0] ==
                (Concept{CodeSystem::snomed_ct, "44054006", "Diabetes mellitus type 2"}));
        // SNOMED CT is preferred over the ICD-10 coding listed first.
        QVERIFY(t.problems[1] ==
                (Concept{CodeSystem::snomed_ct, "49436004", "Atrial fibrillation"}));

        QVERIFY(t.blood_type.has_value());
        QCOMPARE(t.blood_type->observation_code, std::string("882-1"));
        QVERIFY(t.blood_type->value ==
                (Concept{CodeSystem::snomed_ct, "278149003", "Blood group A Rh(D) positive"}));
        QVERIFY(
            t.advance_directive ==
            (Concept{CodeSystem::none, "", "Do not attempt CPR (DNACPR form signed 2024-03-01)"}));
        QCOMPARE(t.language, std::string("en-GB")); // the preferred one, not the first
        QCOMPARE(t.contacts.size(), std::size_t{2});
        QVERIFY(t.contacts[0] ==
                (token::EmergencyContact{"Sam Example", "spouse", "+44 20 7946 0000"}));
        QVERIFY(t.contacts[1] ==
                (token::EmergencyContact{"Jordan Example", "daughter", "+44 7700 900123"}));
        qInfo("IPS sample: %zu entries -> %zu allergies, %zu medications, %zu problems, %zu "
              "contacts, blood type, directive, language; %zu excluded, %zu skipped",
              s.entries, s.allergies, s.medications, s.problems, s.contacts, s.excluded, s.skipped);
    }

    // The imported set goes into a token and comes back out of verification unchanged.
    void imported_set_survives_a_token() {
        const auto r = fhir::import_bundle(sample("ips-sample.json"));
        CL_QVERIFY_OK(r);
        const auto key = crypto::SigningKey::generate();
        token::IssueRequest req;
        req.issuer = "example.org/consent-log";
        req.now = 1'800'000'000;
        req.triage = r->triage;
        const auto issued = token::issue(req, key);
        CL_QVERIFY_OK(issued);
        token::VerifyContext ctx;
        ctx.now = 1'800'000'100;
        ctx.trust_as_of = 1'800'000'000;
        ctx.lookup_key = [&](const crypto::KeyId&) {
            return token::KeyLookup{token::KeyState::active, key.public_key()};
        };
        ctx.token_state = [](const ledger::TokenId&) { return token::TokenState::active; };
        const auto v = token::verify(issued->text, ctx);
        CL_QVERIFY_OK(v);
        QVERIFY(v->triage == r->triage);
    }

    void malformed_sample_names_resource_and_field() {
        const auto r = fhir::import_bundle(sample("ips-malformed.json"));
        CL_QCOMPARE_ERROR(r, "fhir.missing_field");
        const QString msg = QString::fromStdString(r.error().message);
        QVERIFY2(msg.contains("AllergyIntolerance/al-broken (entry 2)"), qPrintable(msg));
        QVERIFY2(msg.contains("reaction[0].manifestation"), qPrintable(msg));
        qInfo("malformed sample: %s: %s", r.error().code.c_str(), r.error().message.c_str());
    }

    void broken_documents_data() { add_broken_document_rows(); }
    void broken_documents() {
        QFETCH(QString, json);
        QFETCH(QString, code);
        QFETCH(QString, names);
        const auto r = fhir::import_bundle(json.toStdString());
        CL_QCOMPARE_ERROR(r, code);
        const QString msg = QString::fromStdString(r.error().message);
        QVERIFY2(msg.contains(names), qPrintable(msg));
    }

    void variants_data() { add_variant_rows(); }
    void variants() {
        QFETCH(QString, json);
        QFETCH(QString, what);
        const auto r = fhir::import_bundle(json.toStdString());
        CL_QVERIFY_OK(r);
        const token::TriageSet& t = r->triage;
        if (what == "blood") {
            QVERIFY(t.blood_type.has_value());
            QCOMPARE(t.blood_type->observation_code, std::string("883-9+10331-7"));
            QCOMPARE(t.blood_type->value.text, std::string("Blood group B RhD negative"));
        } else if (what == "contained") {
            QCOMPARE(t.medications.size(), std::size_t{1});
            QCOMPARE(t.medications[0].medication.text, std::string("Apixaban 5 mg"));
        } else if (what == "consent") {
            QVERIFY(t.advance_directive ==
                    (Concept{CodeSystem::none, "", "No mechanical ventilation"}));
        } else if (what == "empty") {
            QVERIFY(t == token::TriageSet{});
            QCOMPARE(r->stats.entries, std::size_t{0});
        } else {
            QVERIFY(t.problems.at(0) == (Concept{CodeSystem::none, "", "Heart attack"}));
        }
        CL_QVERIFY_OK(token::check_triage(t));
    }

    void typical_sample_imports() {
        const auto r = fhir::import_bundle(sample("ips-typical.json"));
        CL_QVERIFY_OK(r);
        QCOMPARE(r->stats.allergies + r->stats.medications + r->stats.problems, std::size_t{3});
        QVERIFY(r->triage.blood_type && !r->triage.contacts.empty());
    }
};

QTEST_GUILESS_MAIN(TestFhir)
#include "test_fhir.moc"
