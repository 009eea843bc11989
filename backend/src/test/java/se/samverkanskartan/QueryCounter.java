package se.samverkanskartan;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.neo4j.driver.Driver;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;

/**
 * Counts the queries the application sends to Neo4j, by wrapping the driver: every {@code run} on a session or
 * transaction is one round trip. Lets a test prove that nested fields are batched.
 */
@TestComponent
public class QueryCounter implements BeanPostProcessor {

	/**
	 * The application's own background threads, which run whatever the request: one places audit entries in order,
	 * the other follows the trail (a poll every 250 ms) while live updates have a subscriber, and for the API's kept
	 * answers with an external server.
	 */
	private static final Set<String> BACKGROUND = Set.of("audit-sequencer", "graph-changed");

	private final AtomicInteger queries = new AtomicInteger();

	public int count() {
		return this.queries.get();
	}

	public void reset() {
		this.queries.set(0);
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof Driver driver) {
			return counting(driver, Driver.class);
		}
		return bean;
	}

	private <T> T counting(T target, Class<T> type) {
		InvocationHandler handler = (proxy, method, args) -> {
			// Only what requests send counts: the sequencer's work after an earlier write would make a count flaky.
			if (method.getName().equals("run") && !BACKGROUND.contains(Thread.currentThread().getName())) {
				this.queries.incrementAndGet();
			}
			try {
				Object result = method.invoke(target, args);
				Class<?> returned = method.getReturnType();
				// Sessions and transactions are wrapped too, since that is where queries run.
				if (result != null && returned.isInterface() && returned.getPackageName().equals("org.neo4j.driver")
						&& (returned.getSimpleName().contains("Session") || returned.getSimpleName().contains("Transaction"))) {
					return counting(result, cast(returned));
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
