package se.samverkanskartan.ui.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import graphql.ParseAndValidate;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.ParseAndValidateResult;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.graph.RelationType;
import se.samverkanskartan.limits.QueryCost;

/**
 * The UI and the API cannot drift apart unnoticed: every GraphQL document the UI sends is valid against the schema
 * (a field the schema lacks fails here, naming the document and the field), the one value set the UI decodes into
 * its own type is the schema's, and every value the UI shows has a Swedish and an English text.
 */
class UiSpeaksTheSchemasLanguageTest {

	private static final PathMatchingResourcePatternResolver FILES = new PathMatchingResourcePatternResolver();

	private static final GraphQLSchema SCHEMA = schema();

	/** The schema's enums whose values the UI shows, with the prefix of their translation keys. */
	private static final Map<String, List<String>> SHOWN = Map.of("NodeKind", List.of("kind."), "RelationType",
			List.of("relation."), "AgreementStatus", List.of("status."), "GapKind",
			List.of("gap.kind.", "gap.filter.", "legend.gap.", "detail.gap."), "Provenance", List.of("provenance."),
			"TargetEffect", List.of("effect."), "PropertyValueType", List.of("prop.type."), "AssignmentStatus",
			List.of("assignmentStatus."), "StatusKind", List.of("detail.status."));

	static List<String> documents() {
		return Arrays.stream(resources("classpath:graphql-documents/*.graphql")).map(Resource::getFilename).sorted()
			.toList();
	}

	@ParameterizedTest
	@MethodSource("documents")
	void everyDocumentIsValidAgainstTheSchema(String document) throws IOException {
		String text = FILES.getResource("classpath:graphql-documents/" + document)
			.getContentAsString(StandardCharsets.UTF_8);
		ParseAndValidateResult result = ParseAndValidate.parseAndValidate(SCHEMA,
				graphql.ExecutionInput.newExecutionInput(text).build());
		assertThat(result.getSyntaxException()).as("%s parses", document).isNull();
		assertThat(result.getValidationErrors()).as("%s against the schema", document)
			.extracting(ValidationError::getDescription).isEmpty();
	}

	/**
	 * The cost limit (what a query can return by its estimate) refuses no document the UI sends, with no variables
	 * given, so that every list counts its default size.
	 */
	@ParameterizedTest
	@MethodSource("documents")
	void everyDocumentIsUnderTheCostLimit(String document) throws IOException {
		String text = FILES.getResource("classpath:graphql-documents/" + document)
			.getContentAsString(StandardCharsets.UTF_8);
		long limit = Long.parseLong(applicationSetting("samverkanskartan.api.limits.max-cost"));
		for (OperationDefinition operation : Parser.parse(text).getDefinitionsOfType(OperationDefinition.class)) {
			if (operation.getOperation() == OperationDefinition.Operation.SUBSCRIPTION) {
				continue;
			}
			assertThat(QueryCost.ofOperation(SCHEMA, text, operation.getName()))
				.as("the cost of %s in %s", operation.getName(), document).isLessThanOrEqualTo(limit);
		}
	}

	@Test
	void theUiDocumentsAreFound() {
		assertThat(documents()).contains("network.graphql", "vocabulary.graphql", "nodeValues.graphql");
	}

	@Test
	void theValueTypesTheFormRendersAreTheSchemas() {
		assertThat(Arrays.stream(Vocabulary.ValueType.values()).map(Enum::name))
			.containsExactlyElementsOf(values("PropertyValueType"));
	}

	@Test
	void everyValueTheUiShowsIsTranslated() {
		for (Properties language : List.of(translations(""), translations("_en"))) {
			List<String> missing = new ArrayList<>();
			SHOWN.forEach((enumName, prefixes) -> values(enumName).forEach(value -> prefixes.stream()
				.map(prefix -> prefix + value).filter(key -> !language.containsKey(key)).forEach(missing::add)));
			for (NodeKind kind : NodeKind.values()) {
				kind.properties().keySet().stream().map(p -> "prop." + p).filter(k -> !language.containsKey(k))
					.forEach(missing::add);
			}
			for (RelationType type : RelationType.values()) {
				type.properties().keySet().stream().map(p -> "prop." + p).filter(k -> !language.containsKey(k))
					.forEach(missing::add);
			}
			assertThat(missing).as("translation keys missing").isEmpty();
		}
	}

	/**
	 * The map draws every kind with a shape and colour of its own and fills an assignment with its status's colour:
	 * the tables in {@code map-style.js} hold exactly the schema's values, so a new kind or status cannot be drawn
	 * in a fallback grey unnoticed.
	 */
	@Test
	void theMapHasAColourForEveryKindAndStatus() throws IOException {
		String style = java.nio.file.Files.readString(java.nio.file.Path.of("src/main/frontend/map-style.js"));
		assertThat(keysOf(style, "KIND_STYLE")).containsExactlyInAnyOrderElementsOf(values("NodeKind"));
		assertThat(keysOf(style, "STATUS_COLOR")).containsExactlyInAnyOrderElementsOf(values("AssignmentStatus"));
	}

	private static List<String> keysOf(String script, String table) {
		int start = script.indexOf("export const " + table + " = {");
		assertThat(start).as("%s in map-style.js", table).isNotNegative();
		String body = script.substring(start, script.indexOf("};", start));
		return java.util.regex.Pattern.compile("^\\s+([A-Z_]+):", java.util.regex.Pattern.MULTILINE).matcher(body)
			.results().map(m -> m.group(1)).toList();
	}

	private static List<String> values(String enumName) {
		GraphQLEnumType type = (GraphQLEnumType) SCHEMA.getType(enumName);
		assertThat(type).as("enum %s", enumName).isNotNull();
		return type.getValues().stream().map(GraphQLEnumValueDefinition::getName).toList();
	}

	private static Properties translations(String suffix) {
		Properties properties = new Properties();
		try (InputStream in = FILES.getResource("classpath:vaadin-i18n/translations" + suffix + ".properties")
			.getInputStream()) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

	/** A setting of the application.yaml that ships (the backend's), as the application reads it. */
	private static String applicationSetting(String name) {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(FILES.getResource("classpath:application.yaml"));
		String value = yaml.getObject().getProperty(name);
		assertThat(value).as(name).isNotNull();
		return value;
	}

	private static Resource[] resources(String pattern) {
		try {
			return FILES.getResources(pattern);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static GraphQLSchema schema() {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		for (Resource file : resources("classpath*:graphql/*.graphqls")) {
			try {
				registry.merge(new SchemaParser().parse(file.getContentAsString(StandardCharsets.UTF_8)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
	}

}
