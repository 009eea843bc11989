package se.samverkanskartan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.TestCredentials;

/**
 * Other systems build on the API from its introspection alone: every type, field, argument, input field and enum
 * value of the schema says what it holds, and a field an interface declares says it on each implementing type too.
 */
@GraphApplicationTest
class SchemaDescriptionsTest {

	private static final Set<String> BUILT_IN_SCALARS = Set.of("String", "Int", "Float", "Boolean", "ID");

	private static final String INTROSPECTION = """
			{
			  __schema {
			    types {
			      kind name description
			      interfaces { name }
			      fields(includeDeprecated: true) { name description args { name description } }
			      inputFields { name description }
			      enumValues(includeDeprecated: true) { name description }
			    }
			  }
			}""";

	@LocalServerPort
	int port;

	@Test
	void everyTypeFieldArgumentAndValueIsDescribed() {
		List<String> missing = new ArrayList<>();
		List<Map<String, Object>> types = types();
		assertThat(types).as("the schema's own types").hasSizeGreaterThan(50);
		for (Map<String, Object> type : types) {
			String name = (String) type.get("name");
			if (blank(type.get("description"))) {
				missing.add(name);
			}
			for (Map<String, Object> field : list(type, "fields")) {
				String fieldName = name + "." + field.get("name");
				if (blank(field.get("description"))) {
					missing.add(fieldName);
				}
				for (Map<String, Object> argument : list(field, "args")) {
					if (blank(argument.get("description"))) {
						missing.add(fieldName + "(" + argument.get("name") + ":)");
					}
				}
			}
			for (Map<String, Object> inputField : list(type, "inputFields")) {
				if (blank(inputField.get("description"))) {
					missing.add(name + "." + inputField.get("name"));
				}
			}
			for (Map<String, Object> value : list(type, "enumValues")) {
				if (blank(value.get("description"))) {
					missing.add(name + "." + value.get("name"));
				}
			}
		}
		assertThat(missing).as("types, fields, arguments and enum values without a description").isEmpty();
	}

	/** An implementing type repeats the interface's description of a field, or says something more specific. */
	@Test
	void implementingTypesDescribeTheFieldsTheirInterfacesDeclare() {
		Map<String, Map<String, Object>> byName = new HashMap<>();
		types().forEach(type -> byName.put((String) type.get("name"), type));
		List<String> missing = new ArrayList<>();
		int repeated = 0;
		for (Map<String, Object> type : byName.values()) {
			Map<String, Object> fields = descriptions(type);
			for (Map<String, Object> implemented : list(type, "interfaces")) {
				Map<String, Object> declared = descriptions(byName.get((String) implemented.get("name")));
				for (Map.Entry<String, Object> field : declared.entrySet()) {
					Object own = fields.get(field.getKey());
					if (blank(own)) {
						missing.add(type.get("name") + "." + field.getKey() + " (" + implemented.get("name") + ": "
								+ field.getValue() + ")");
					}
					else if (own.equals(field.getValue())) {
						repeated++;
					}
				}
			}
		}
		assertThat(missing).as("interface fields without a description on an implementing type").isEmpty();
		assertThat(repeated).as("interface field descriptions repeated on implementing types").isPositive();
	}

	/** The SDL, descriptions included, is served to clients that generate code from it. */
	@Test
	void theSchemaIsServedAsSdlWithItsDescriptions() throws IOException, InterruptedException {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql/schema"))
				.header("X-API-Key", TestCredentials.VIEWER_KEY)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("type Query").contains("How precisely `from` is known");
	}

	private List<Map<String, Object>> types() {
		List<Map<String, Object>> types = new ArrayList<>();
		TestCredentials.graphQl(this.port, TestCredentials.viewerKey())
			.document(INTROSPECTION)
			.execute()
			.path("__schema.types")
			.entityList(Map.class)
			.get()
			.forEach(type -> types.add(cast(type)));
		return types.stream()
			.filter(type -> !((String) type.get("name")).startsWith("__"))
			.filter(type -> !BUILT_IN_SCALARS.contains(type.get("name")))
			.toList();
	}

	private static Map<String, Object> descriptions(Map<String, Object> type) {
		Map<String, Object> descriptions = new HashMap<>();
		list(type, "fields").forEach(field -> descriptions.put((String) field.get("name"), field.get("description")));
		return descriptions;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
		Object value = map.get(key);
		return value == null ? List.of() : (List<Map<String, Object>>) value;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> cast(Object value) {
		return (Map<String, Object>) value;
	}

	private static boolean blank(Object description) {
		return description == null || description.toString().isBlank();
	}

}
