package se.samverkanskartan.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import se.samverkanskartan.audit.AuditEntry;
import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.graph.PropertyType;
import se.samverkanskartan.graph.RelationType;
import se.samverkanskartan.timeline.Change;
import se.samverkanskartan.timeline.TimelineEvent;

/**
 * The backend's definitions and the SDL say the same: every kind is an enum value and an object type with a field
 * per property, a property whose field is an enum allows exactly that enum's values, every relationship type is an
 * enum value, and the audit trail's actions and the timeline's event types are the schema's enums. Adding a kind in
 * one place and not the other fails here, naming what is missing.
 */
class DefinitionsMatchTheSchemaTest {

	private static final GraphQLSchema SCHEMA = SchemaFiles.schema();

	@Test
	void everyKindIsInTheSchemaWithItsProperties() {
		assertThat(values("NodeKind")).containsExactlyElementsOf(Arrays.stream(NodeKind.values()).map(Enum::name).toList());
		for (NodeKind kind : NodeKind.values()) {
			GraphQLObjectType type = SCHEMA.getObjectType(kind.label());
			assertThat(type).as("object type %s for %s", kind.label(), kind).isNotNull();
			assertThat(type.getInterfaces()).as("%s implements Node", kind.label())
				.anyMatch(i -> GraphQLTypeUtil.simplePrint(i).equals("Node"));
			kind.properties().forEach((name, property) -> {
				GraphQLFieldDefinition field = type.getFieldDefinition(name);
				assertThat(field).as("%s.%s in the schema", kind.label(), name).isNotNull();
				if (GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLEnumType values) {
					assertThat(property.valueType()).as("%s.%s", kind.label(), name).isEqualTo(PropertyType.ValueType.CHOICE);
					assertThat(property.choices()).as("%s.%s allows the values of %s", kind.label(), name, values.getName())
						.containsExactlyElementsOf(values(values.getName()));
				}
			});
		}
	}

	@Test
	void everyRelationTypeIsInTheSchema() {
		assertThat(values("RelationType"))
			.containsExactlyElementsOf(Arrays.stream(RelationType.values()).map(Enum::name).toList());
		assertThat(RelationType.TARGETS.properties().get("effect").choices()).containsExactlyElementsOf(values("TargetEffect"));
	}

	@Test
	void theVocabularysValueTypesAreTheSchemas() {
		assertThat(values("PropertyValueType"))
			.containsExactlyElementsOf(Arrays.stream(PropertyType.ValueType.values()).map(Enum::name).toList());
	}

	/** The closed sets the audit trail and the timeline define in Java are the schema's enums, value for value. */
	@Test
	void theTrailsAndTheTimelinesSetsAreTheSchemas() {
		assertThat(values("AuditAction")).containsExactlyElementsOf(names(AuditEntry.Action.values()));
		assertThat(values("ElementType")).containsExactlyElementsOf(names(AuditEntry.EntityType.values()))
			.containsExactlyElementsOf(names(Change.ElementType.values()));
		assertThat(values("TimelineEventType")).containsExactlyElementsOf(names(TimelineEvent.Type.values()));
		assertThat(fieldType("AuditEntry", "action")).isEqualTo("AuditAction");
		assertThat(fieldType("AuditEntry", "entityType")).isEqualTo("ElementType");
		assertThat(fieldType("Change", "elementType")).isEqualTo("ElementType");
		assertThat(fieldType("TimelineEvent", "eventType")).isEqualTo("TimelineEventType");
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

	private static String fieldType(String type, String field) {
		return GraphQLTypeUtil.simplePrint(GraphQLTypeUtil.unwrapAll(SCHEMA.getObjectType(type).getFieldDefinition(field).getType()));
	}

	private static List<String> values(String enumName) {
		GraphQLEnumType type = (GraphQLEnumType) SCHEMA.getType(enumName);
		assertThat(type).as("enum %s in the schema", enumName).isNotNull();
		return type.getValues().stream().map(GraphQLEnumValueDefinition::getName).toList();
	}

}
