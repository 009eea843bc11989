package se.samverkanskartan.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;

/** The schema as the SDL files in {@code schema/graphql} write it, without an application: for checks against the code. */
final class SchemaFiles {

	private SchemaFiles() {
	}

	static GraphQLSchema schema() {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		try {
			for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:graphql/*.graphqls")) {
				try (InputStream in = file.getInputStream()) {
					registry.merge(new SchemaParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
	}

}
