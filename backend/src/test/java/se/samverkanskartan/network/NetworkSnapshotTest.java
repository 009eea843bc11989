package se.samverkanskartan.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.network.Network.NetworkEdge;
import se.samverkanskartan.network.Network.NetworkNode;

/**
 * The network is read as one snapshot: an edit that commits between two of the reader's queries, if it had two,
 * cannot give it an edge to a node it did not read. The edit runs on the real engine, through its own session.
 */
@GraphApplicationTest
class NetworkSnapshotTest {

	private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

	@Autowired
	Driver driver;

	/** The graph is shared with other tests: what the edit added goes again. */
	@AfterEach
	void removeTheEdit() {
		try (Session session = this.driver.session()) {
			session.executeWriteWithoutResult(tx -> tx.run("MATCH (u:Entity {id: 'unit-snapshot-test'}) DETACH DELETE u").consume());
		}
	}

	@Test
	void anEditBetweenTheQueriesOfAReadCannotMakeItInconsistent() {
		AtomicInteger queries = new AtomicInteger();
		Driver editing = intercepting(this.driver, () -> {
			if (queries.incrementAndGet() == 2) {
				try (Session session = this.driver.session()) {
					// A new unit, valid on the day, and its relationship to a hospital the first query read.
					session.executeWriteWithoutResult(tx -> tx.run("""
							CREATE (u:Entity:Unit {id: 'unit-snapshot-test', kind: 'UNIT', name: 'Ögonblicksenhet'})
							WITH u MATCH (h:Entity {id: 'hospital-sus'})
							CREATE (u)-[:PART_OF {id: 'unit-snapshot-test--PART_OF--hospital-sus'}]->(h)""").consume());
				}
			}
		});

		NetworkReader.Raw raw = new NetworkReader(Neo4jClient.create(editing)).read(DAY, null);

		Set<String> nodes = raw.nodes().stream().map(NetworkNode::id).collect(Collectors.toSet());
		assertThat(nodes).contains("hospital-sus");
		assertThat(raw.edges()).isNotEmpty()
			.allSatisfy(edge -> assertThat(nodes).as(edge.id()).contains(edge.source(), edge.target()));
		assertThat(raw.edges()).extracting(NetworkEdge::type).contains("OPERATES");
	}

	/** The driver, running {@code beforeEachQuery} before each query it is asked to run, in any session. */
	private static Driver intercepting(Driver driver, Runnable beforeEachQuery) {
		return proxy(driver, Driver.class, beforeEachQuery);
	}

	private static <T> T proxy(T target, Class<T> type, Runnable beforeEachQuery) {
		InvocationHandler handler = (self, method, args) -> {
			if (method.getName().equals("run")) {
				beforeEachQuery.run();
			}
			try {
				Object result = method.invoke(target, args);
				Class<?> returned = method.getReturnType();
				if (result != null && returned.isInterface() && returned.getPackageName().equals("org.neo4j.driver")
						&& (returned.getSimpleName().contains("Session") || returned.getSimpleName().contains("Transaction"))) {
					return proxy(result, cast(returned), beforeEachQuery);
				}
				return result;
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		};
		return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler));
	}

	@SuppressWarnings("unchecked")
	private static <T> Class<T> cast(Class<?> type) {
		return (Class<T>) type;
	}

}
