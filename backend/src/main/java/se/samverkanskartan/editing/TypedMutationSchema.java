package se.samverkanskartan.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.TypeUtil;

import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.graph.PropertyType;

/**
 * The typed mutations' SDL, made from {@link NodeKind} when the schema is built, so that a kind or property added
 * there is in the API without a line of SDL: per kind {@code <Kind>Input} and {@code <Kind>Patch}, and
 * {@code create<Kind>} and {@code update<Kind>} on Mutation. The fields every node has, with their descriptions,
 * are those of {@code CreateNodeInput} and {@code UpdateNodeInput}; each property's type and description are its
 * field's on the kind's object type (an enum there is the enum here), so nothing is written twice.
 */
final class TypedMutationSchema {

	/** What the generic inputs have that a typed one says otherwise: the kind is the mutation's, the properties fields. */
	private static final Set<String> NOT_COPIED = Set.of("kind", "id", "version", "properties");

	private TypedMutationSchema() {
	}

	static String inputName(NodeKind kind) {
		return kind.label() + "Input";
	}

	static String patchName(NodeKind kind) {
		return kind.label() + "Patch";
	}

	static String createName(NodeKind kind) {
		return "create" + kind.label();
	}

	static String updateName(NodeKind kind) {
		return "update" + kind.label();
	}

	/** Adds the typed inputs and mutations of every kind to the registry, which holds the schema's files. */
	static void addTo(TypeDefinitionRegistry registry) {
		InputObjectTypeDefinition create = input(registry, "CreateNodeInput");
		InputObjectTypeDefinition update = input(registry, "UpdateNodeInput");
		List<FieldDefinition> mutations = new ArrayList<>();
		for (NodeKind kind : NodeKind.values()) {
			ObjectTypeDefinition type = registry.getType(kind.label(), ObjectTypeDefinition.class)
				.orElseThrow(() -> new IllegalStateException("No object type " + kind.label() + " for " + kind));
			add(registry, InputObjectTypeDefinition.newInputObjectDefinition()
				.name(inputName(kind))
				.description(text("A new " + kind.label() + ": the fields every node has, and the kind's properties."))
				.inputValueDefinitions(fields(create, registry, kind, type, false))
				.build());
			add(registry, InputObjectTypeDefinition.newInputObjectDefinition()
				.name(patchName(kind))
				.description(text("Changes to a " + kind.label() + ": a field left out keeps its value, `null` clears "
						+ "it; `name` cannot be cleared, and a `null` provenance is STATED again."))
				.inputValueDefinitions(fields(update, registry, kind, type, true))
				.build());
			mutations.add(FieldDefinition.newFieldDefinition()
				.name(createName(kind))
				.description(text("Creates a " + kind.label() + ", as `createNode` with `kind: " + kind.name()
						+ "` does. Without evidence it is `unsourced` until evidence is attached."))
				.inputValueDefinitions(List.of(argument("input", new NonNullType(new TypeName(inputName(kind))),
						"The " + kind.label() + " to create.")))
				.type(new TypeName(kind.label()))
				.build());
			mutations.add(FieldDefinition.newFieldDefinition()
				.name(updateName(kind))
				.description(text("Changes a " + kind.label() + ", as `updateNode` does but field by field: a field "
						+ "left out keeps its value, `null` clears it. Refused with CONFLICT when `version` is stale, "
						+ "and with BAD_REQUEST on `id` when it names a node of another kind."))
				.inputValueDefinitions(List.of(
						argument("id", new NonNullType(new TypeName("ID")),
								"The business id of the " + kind.label() + " to change."),
						argument("version", new NonNullType(new TypeName("Int")), "The node's `version`, as read."),
						argument("input", new NonNullType(new TypeName(patchName(kind))), "The fields to change.")))
				.type(new TypeName(kind.label()))
				.build());
		}
		add(registry, ObjectTypeExtensionDefinition.newObjectTypeExtensionDefinition()
			.name("Mutation")
			.fieldDefinitions(mutations)
			.build());
	}

	/** The common fields of the generic input, then a field per property of the kind. */
	private static List<InputValueDefinition> fields(InputObjectTypeDefinition generic, TypeDefinitionRegistry registry,
			NodeKind kind, ObjectTypeDefinition type, boolean patch) {
		List<InputValueDefinition> fields = new ArrayList<>();
		for (InputValueDefinition field : generic.getInputValueDefinitions()) {
			if (field.getName().equals("id") && !patch) {
				fields.add(field);
			}
			else if (!NOT_COPIED.contains(field.getName())) {
				fields.add(patch ? patchField(field) : field);
			}
		}
		kind.properties().forEach((name, property) -> {
			if (fields.stream().anyMatch(field -> field.getName().equals(name))) {
				throw new IllegalStateException(kind + "." + name + " has the name of a field every node has");
			}
			Optional<FieldDefinition> shown = type.getFieldDefinitions().stream()
				.filter(field -> field.getName().equals(name)).findFirst();
			String description = shown.map(FieldDefinition::getDescription).map(Description::getContent)
				.orElse("The kind's `" + name + "` property (" + property.valueType() + ").");
			fields.add(argument(name, type(property, shown, registry),
					patch ? description + " Left out, it keeps its value; `null` clears it." : description));
		});
		return fields;
	}

	/** A common field of {@code UpdateNodeInput}, said as the patch treats it where it differs. */
	private static InputValueDefinition patchField(InputValueDefinition field) {
		String description = switch (field.getName()) {
			case "name" -> "The new Swedish name; it cannot be cleared (`null` is refused with BAD_REQUEST).";
			case "provenance" -> "The new provenance; INFERRED needs a `reason`, and `null` makes it STATED, the default.";
			default -> null;
		};
		return description == null ? field : field.transform(builder -> builder.description(text(description)));
	}

	/** The GraphQL type of a property: the enum its object type's field has, or the scalar of its value type. */
	private static Type<?> type(PropertyType property, Optional<FieldDefinition> shown, TypeDefinitionRegistry registry) {
		if (property.valueType() == PropertyType.ValueType.CHOICE && shown.isPresent()) {
			String named = TypeUtil.unwrapAll(shown.get().getType()).getName();
			if (registry.getType(named, EnumTypeDefinition.class).isPresent()) {
				return new TypeName(named);
			}
		}
		return switch (property.valueType()) {
			case TEXT_LIST -> new ListType(new NonNullType(new TypeName("String")));
			case DECIMAL -> new TypeName("Float");
			case INTEGER -> new TypeName("Int");
			case BOOLEAN -> new TypeName("Boolean");
			// A partial date (YYYY, YYYY-MM or YYYY-MM-DD), which the Date scalar, a calendar day, cannot hold.
			case TEXT, DATE, CHOICE -> new TypeName("String");
		};
	}

	private static InputObjectTypeDefinition input(TypeDefinitionRegistry registry, String name) {
		return registry.getType(name, InputObjectTypeDefinition.class)
			.orElseThrow(() -> new IllegalStateException("No input " + name + " in the schema"));
	}

	private static InputValueDefinition argument(String name, Type<?> type, String description) {
		return InputValueDefinition.newInputValueDefinition().name(name).type(type).description(text(description)).build();
	}

	private static Description text(String content) {
		return new Description(content, null, false);
	}

	private static void add(TypeDefinitionRegistry registry, graphql.language.SDLDefinition<?> definition) {
		registry.add(definition).ifPresent(error -> {
			throw new IllegalStateException("The typed mutations do not fit the schema: " + error.getMessage());
		});
	}

}
