package com.fivearrows.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holds the published schemas to what they promise: a realistic example of every event passes, the mistakes
 * producers and integrating platforms are likely to make fail with a message naming the field, and every
 * schema is documented, exemplified and listed in {@code EVENTS.md}.
 */
class PublishedContractsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCHEMAS = Path.of("src", "main", "resources", "contracts");
    private static final Path EXAMPLES = Path.of("src", "test", "resources", "examples");
    private static final Pattern EXAMPLE = Pattern.compile("([a-z][a-z0-9-]*)/([A-Z][A-Za-z0-9]*)\\.v([1-9][0-9]*)(\\.[a-z-]+)?\\.json");
    private static final Pattern SCHEMA = Pattern.compile("([a-z][a-z0-9-]*)/([A-Z][A-Za-z0-9]*)\\.v([1-9][0-9]*)\\.schema\\.json");

    private final EventContracts contracts = EventContracts.onClasspath();

    static Stream<String> examples() {
        return files(EXAMPLES, ".json").stream();
    }

    static Stream<String> schemas() {
        // the event schemas sit in a folder per context, the envelope's at the root
        return files(SCHEMAS, ".schema.json").stream().filter(path -> path.contains("/"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void aRealisticEventConformsToItsContract(String example) {
        assertThat(contracts.violations(typeOf(example), read(EXAMPLES.resolve(example)))).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} := {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            network/ClosenessChanged.v1.json | /person | remove | $: required property 'person' not found
            network/ClosenessChanged.v1.json | /keyPersonId | null | $.keyPersonId: null found, string expected
            network/ClosenessChanged.v1.json | /previous | remove | $: required property 'previous' not found
            network/ClosenessChanged.v1.chain.json | /opportunityId | remove | $: required property 'opportunityId' not found
            network/ClosenessChanged.v1.chain.json | /group | null | $.group: null found, object expected
            network/ClosenessChanged.v1.account.json | /accountId | null | $.accountId: null found, string expected
            network/ClosenessChanged.v1.json | /r | 101 | $.r: must have a maximum value of 100
            network/ClosenessChanged.v1.json | /band | "EXCELLENT" | $.band: does not have a value in the enumeration ["GOOD", "FAIR", "POOR"]
            network/ClosenessChanged.v1.chain.json | /group/blockers/0/reasons | [] | $.group.blockers[0].reasons: must have at least 1 items
            network/KeyPersonRegistered.v1.json | /keyPersonId | "3f2b8c1e-5a4d" | $.keyPersonId: does not match the regex pattern
            network/KeyPersonRegistered.v1.json | /accountId | "acct 4711" | $.accountId: does not match the regex pattern
            network/KeyPersonRegistered.v1.json | /profile/influence | 6 | $.profile.influence: must have a maximum value of 5
            network/KeyPersonUpdated.v1.json | /profile/kind | "CHAMPION" | $.profile.kind: does not have a value in the enumeration
            network/RelationshipLevelAssessed.v1.json | /assessedAt | "2026-11-20 16:30" | $.assessedAt: does not match the regex pattern
            network/EnterpriseRelationAdded.v1.json | /strength | null | $.strength: null found, integer expected
            network/EnterpriseRelationAdded.v1.reports-to.json | /strength | 3 | $.strength: integer found, null expected
            network/InteractionRecorded.v1.json | /type | "BID_WON" | $.source: must be the constant value 'BID'
            network/InteractionRecorded.v1.json | /keyPersonIds | [] | $.keyPersonIds: must have at least 1 items
            opportunity/OpportunityOpened.v1.json | /amount/value | "12,5" | $.amount.value: does not match the regex pattern
            opportunity/OpportunityOpened.v1.json | /expectedCloseDate | "31.03.2027" | $.expectedCloseDate: does not match the regex pattern
            opportunity/AmountChanged.v1.json | /amount/currency | "euro" | $.amount.currency: does not match the regex pattern
            opportunity/StageAdvanced.v1.json | /toStage | "solution" | $.toStage: does not match the regex pattern
            opportunity/StageAdvanced.v1.json | /accountId | remove | $: required property 'accountId' not found
            opportunity/OpportunityLost.v1.json | /reason | "  " | $.reason: does not match the regex pattern
            opportunity/OpportunityDetailsChanged.v1.json | /previousCloseDate | remove | $: required property 'previousCloseDate' not found
            opportunity/OpportunityDetailsChanged.v1.json | /expectedCloseDate | "2027-04-30T00:00:00Z" | $.expectedCloseDate: does not match the regex pattern
            opportunity/GateOverridden.v1.json | /unmetCriteria | [] | $.unmetCriteria: must have at least 1 items
            opportunity/GateOverridden.v1.json | /reason | " " | $.reason: does not match the regex pattern
            opportunity/OpportunityGraded.v1.json | /grade | "E" | $.grade: does not have a value in the enumeration ["A", "B", "C", "D"]
            opportunity/OpportunityGraded.v1.json | /chainC | 100.5 | $.chainC: must have a maximum value of 100
            opportunity/ForecastCategoryChanged.v1.json | /category | "UPSIDE" | $.category: does not have a value in the enumeration
            opportunity/ForecastCategoryChanged.v1.json | /category | "CLOSED" | $.category: does not have a value in the enumeration ["COMMIT", "BEST_CASE", "PIPELINE", "OMITTED"]
            opportunity/ForecastCategoryChanged.v1.json | /reason | null | $.reason: null found, string expected
            opportunity/ForecastCategoryChanged.v1.derived.json | /changedBy | "seller-4" | $.changedBy: string found, null expected
            opportunity/ProposalRegistered.v1.json | /kind | "QUOTE" | $.kind: does not have a value in the enumeration ["BID", "PROPOSAL"]
            opportunity/WinStepCompleted.v1.json | /step | 7 | $.step: must have a maximum value of 6
            opportunity/WinStepCompleted.v1.json | /completedBy | null | $.completedBy: null found, string expected
            opportunity/WinStepCompleted.v1.automatic.json | /step | 5 | $.step: does not have a value in the enumeration [2, 3]
            opportunity/WinStepCompleted.v1.automatic.json | /completedBy | "seller-4" | $.completedBy: string found, null expected
            opportunity/WinStepReopened.v1.json | /reopenedBy | "seller-4" | $.reopenedBy: string found, null expected
            opportunity/WinStepReopened.v1.manual.json | /reason | remove | $: required property 'reason' not found
            opportunity/TacticAttached.v1.json | /tacticId | "tactic-7" | $.tacticId: does not match the regex pattern
            opportunity/TacticAttached.v1.json | /step | 0 | $.step: must have a minimum value of 1
            opportunity/TacticCreated.v1.json | /name | " " | $.name: does not match the regex pattern
            opportunity/TacticCreated.v1.json | /seller | remove | $: required property 'seller' not found
            opportunity/TacticRevised.v1.json | /description | "" | $.description: must be at least 1 characters long
            opportunity/TacticRetired.v1.json | /retiredAt | "2027-01-20" | $.retiredAt: does not match the regex pattern
            bid/BidResultRecorded.v1.json | /result | "DRAW" | $.result: does not have a value in the enumeration ["WON", "LOST"]
            account/AccountRegistered.v1.json | /tier | "PLATINUM" | $.tier: does not have a value in the enumeration ["STRATEGIC", "KEY", "GROWTH", "MAINTAIN"]
            account/AccountRegistered.v1.json | /accountId | "acct 4711" | $.accountId: does not match the regex pattern
            account/OpportunityIncubated.v1.json | /ideaId | "idea-77" | $.ideaId: does not match the regex pattern
            account/OpportunityIncubated.v1.json | /amount/value | "-5000.00" | $.amount.value: does not match the regex pattern
            account/OpportunityIncubated.v1.unestimated.json | /team | remove | $: required property 'team' not found
            account/OpportunityIncubated.v1.unestimated.json | /name | "" | $.name: must be at least 1 characters long
            integration/InteractionReported.v1.json | /keyPersons/0/email | "anna.keller@nordwerk.example" | $.keyPersons[0]: must be valid to one and only one schema, but 2 are valid
            integration/InteractionReported.v1.json | /keyPersons/1/email | remove | $.keyPersons[1]: must be valid to one and only one schema, but 0 are valid
            integration/InteractionReported.v1.json | /keyPersons/1/email | "lea.novak" | $.keyPersons[1].email: does not match the regex pattern
            integration/InteractionReported.v1.json | /type | "BID_WON" | $.type: does not have a value in the enumeration
            """)
    void aBrokenEventIsRejectedNamingTheField(String example, String pointer, String replacement, String expected) {
        JsonNode data = changed(read(EXAMPLES.resolve(example)), pointer, replacement);

        List<String> violations = contracts.violations(typeOf(example), data);

        assertThat(violations).anySatisfy(violation -> assertThat(violation).startsWith(expected));
    }

    @Test
    void aPlatformReportsAtMostOneHundredKeyPersonsAtOnce() {
        ObjectNode report = (ObjectNode) read(EXAMPLES.resolve("integration/InteractionReported.v1.json"));
        ArrayNode persons = report.putArray("keyPersons");
        for (int i = 1; i <= 101; i++) {
            persons.addObject().put("externalId", "hubspot:" + i);
        }

        assertThat(contracts.violations(typeOf("integration/InteractionReported.v1.json"), report))
                .containsExactly("$.keyPersons: must have at most 100 items but found 101");
        persons.remove(100);
        assertThat(contracts.violations(typeOf("integration/InteractionReported.v1.json"), report)).isEmpty();
    }

    @Test
    void everyContractIsAValidSchemaNamedAfterItsTypeAndDescribesEveryProperty() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        JsonSchema metaSchema = factory.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        assertThat(schemas()).isNotEmpty().allSatisfy(path -> {
            JsonNode schema = read(SCHEMAS.resolve(path));
            Matcher name = SCHEMA.matcher(path);
            assertThat(name.matches()).as(path).isTrue();
            String type = new EventTypeName(name.group(1), name.group(2), Integer.parseInt(name.group(3))).toString();

            assertThat(metaSchema.validate(schema)).as(path).isEmpty();
            assertThat(schema.path("$id").asText()).isEqualTo("https://five-arrows.dev/contracts/" + path);
            assertThat(schema.path("title").asText()).isEqualTo(type);
            assertThat(schema.path("description").asText()).as(path).isNotBlank();
            assertThat(schema.path("type").asText()).as(path).isEqualTo("object");
            assertThat(schema.path("required")).as(path).isNotEmpty();
            assertThat(schema.has("additionalProperties")).as(path + " must let consumers tolerate additive change").isFalse();
            assertThat(undescribedProperties(schema, "$")).as(path).isEmpty();
        });
    }

    @Test
    void everyContractHasAnExampleAndAnEntryInTheCatalogue() throws IOException {
        String catalogue = Files.readString(Path.of("EVENTS.md"));
        List<String> exemplified = examples().map(example -> typeOf(example).toString()).toList();

        assertThat(schemas()).allSatisfy(path -> {
            Matcher name = SCHEMA.matcher(path);
            assertThat(name.matches()).as(path).isTrue();
            String type = new EventTypeName(name.group(1), name.group(2), Integer.parseInt(name.group(3))).toString();
            assertThat(exemplified).as("an example of " + type).contains(type);
            assertThat(catalogue).as("EVENTS.md lists " + type).contains("`" + type + "`");
        });
    }

    private static List<String> undescribedProperties(JsonNode schema, String at) {
        List<String> missing = new ArrayList<>();
        schema.path("properties").fields().forEachRemaining(property -> {
            if (!property.getValue().hasNonNull("description")) {
                missing.add(at + "." + property.getKey());
            }
        });
        schema.fields().forEachRemaining(keyword -> {
            JsonNode value = keyword.getValue();
            if (keyword.getKey().equals("properties")) {
                value.fields().forEachRemaining(property ->
                        missing.addAll(undescribedProperties(property.getValue(), at + "." + property.getKey())));
            } else if (keyword.getKey().equals("items")) {
                missing.addAll(undescribedProperties(value, at + "[]"));
            }
        });
        return missing;
    }

    private static JsonNode changed(JsonNode data, String pointer, String replacement) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = data.at(pointer.substring(0, slash));
        String key = pointer.substring(slash + 1);
        JsonNode value = replacement.equals("remove") ? null : parse(replacement);
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(key), value);
        } else if (value == null) {
            ((ObjectNode) parent).remove(key);
        } else {
            ((ObjectNode) parent).set(key, value);
        }
        return data;
    }

    private static EventTypeName typeOf(String example) {
        Matcher name = EXAMPLE.matcher(example);
        if (!name.matches()) {
            throw new IllegalArgumentException(example + " is not named <context>/<EventName>.v<N>[.<variant>].json");
        }
        return new EventTypeName(name.group(1), name.group(2), Integer.parseInt(name.group(3)));
    }

    private static List<String> files(Path root, String suffix) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> path.toString().endsWith(suffix))
                    .map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + json, e);
        }
    }
}
