package se.samverkanskartan.editing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.graph.RelationType;

/**
 * The columns of an import file: the template offers them, the import accepts no others, and the vocabulary tells
 * clients that make their own templates.
 */
public final class ImportColumns {

	static final List<String> EVIDENCE = List.of("evidenceDocument", "evidenceLocator", "evidenceQuote");

	private static final List<String> COMMON = List.of("provenance", "reason", "validFrom", "validTo", "internal");

	private ImportColumns() {
	}

	public static List<String> forKind(NodeKind kind) {
		List<String> columns = new ArrayList<>(List.of("id", "name", "aliases", "description"));
		columns.addAll(COMMON);
		columns.addAll(new TreeSet<>(kind.properties().keySet()));
		columns.addAll(EVIDENCE);
		return columns;
	}

	public static List<String> forRelations() {
		List<String> columns = new ArrayList<>(List.of("id", "type", "from", "to"));
		columns.addAll(COMMON);
		columns.addAll(new TreeSet<>(Arrays.stream(RelationType.values()).flatMap(t -> t.properties().keySet().stream()).toList()));
		columns.addAll(EVIDENCE);
		return columns;
	}

	/** What the column holds, for the template's help sheet. */
	static String help(String column) {
		return switch (column) {
			case "id" -> "Stabilt id (a-z, 0-9, bindestreck). Tomt: skapas av namnet. Finns id:t redan uppdateras raden.";
			case "name" -> "Namn på svenska (krävs för nya rader)";
			case "aliases" -> "Förkortningar och tidigare namn, åtskilda med semikolon";
			case "provenance" -> "STATED (källa säger det), INFERRED (följer av källor, ange reason) eller EXTERNAL";
			case "validFrom", "validTo" -> "Datum: ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD";
			case "internal" -> "true: syns bara för redaktörer och administratörer";
			case "type" -> "Relationstyp, t.ex. OPERATES, PARTY_TO, GOVERNS";
			case "from", "to" -> "Id för noden relationen går från respektive till";
			case "evidenceDocument" -> "Id för dokumentet som belägger raden, t.ex. doc-skane-2023-operationssamarbete";
			case "evidenceLocator" -> "Var i dokumentet: rad, sida eller avsnitt";
			case "evidenceQuote" -> "Citatet på svenska, ordagrant";
			default -> "Egenskap för slaget (se schema/data/README.md); listor åtskilda med semikolon";
		};
	}

}
