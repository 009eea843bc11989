package se.samverkanskartan.ui.explore;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/** Links that download what the table shows, nodes and relations, as spreadsheets ({@link TableCsv}). */
public class TableDownloads extends Div {

	public TableDownloads(Supplier<Scene> scene) {
		addClassName("table-downloads");
		add(link("table.csv.nodes", "export-nodes-csv", "noder", scene, TableCsv::nodes),
				link("table.csv.relations", "export-relations-csv", "relationer", scene, TableCsv::relations));
	}

	private Anchor link(String key, String id, String file, Supplier<Scene> scene,
			BiFunction<Scene, UnaryOperator<String>, String> csv) {
		Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
			Scene shown = scene.get();
			byte[] bytes = csv.apply(shown, k -> getTranslation(k)).getBytes(StandardCharsets.UTF_8);
			return new DownloadResponse(new ByteArrayInputStream(bytes),
					file + "-" + shown.network().asOf() + ".csv", "text/csv;charset=UTF-8", bytes.length);
		}), AttachmentType.DOWNLOAD, getTranslation(key));
		anchor.setId(id);
		return anchor;
	}
}
