package se.samverkanskartan;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port with the embedded engine in a fresh directory, loaded from the data
 * files. Every test class that uses it shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "samverkanskartan.neo4j.embedded.directory=target/test-neo4j/${random.uuid}")
@Import(QueryCounter.class)
public @interface GraphApplicationTest {

}
