package org.copydesk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.copydesk.CleanOptions;
import org.copydesk.cli.Main;
import org.copydesk.io.ResultJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Spark for real, in local[2]: thousands of generated documents through the JSONL job and the
 * Parquet job, every output compared with what {@code copydesk clean --format jsonl -} gives for
 * the same input line.
 */
class SparkLocalTest {
    private static final int DOCUMENTS = Integer.getInteger("copydesk.spark.documents", 2000);
    private static SparkSession spark;
    @TempDir
    static Path dir;
    private static Path input;
    private static List<String> cliLines;

    @BeforeAll
    static void start() throws IOException {
        spark = SparkSession.builder().master("local[2]").appName("copydesk-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
        input = GeneratedArticles.write(dir.resolve("in.jsonl"), DOCUMENTS, 7);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"clean", "--format", "jsonl", "-"},
                new ByteArrayInputStream(Files.readAllBytes(input)), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(1, code, "the CLI reports the two bad records");
        cliLines = out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void jsonLinesJobGivesTheCommandsLinesForEveryRecord() throws IOException {
        Path out = dir.resolve("out-jsonl");
        long n = SparkCleanJob.toJsonLines(spark, input.toString(), out.toString(), CopydeskConfig.defaults());
        List<String> sparkLines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().endsWith(".jsonl")).toList()) {
                sparkLines.addAll(Files.readAllLines(part));
            }
        }
        assertEquals(DOCUMENTS + 2, n);
        assertEquals(DOCUMENTS + 2, cliLines.size());
        assertEquals(sorted(cliLines), sorted(sparkLines), "same lines as the CLI, in any order");
        assertTrue(cliLines.stream().filter(l -> l.contains("\"changed\":true")).count() > DOCUMENTS / 2,
                "the generated documents carry defects that get fixed");
    }

    @Test
    void parquetJobCleansTheTextColumnLikeTheCommand() {
        Path out = dir.resolve("out-parquet");
        // the two bad lines have no text: Spark reads them as a corrupt record and a null text
        SparkCleanJob.toParquet(spark, input.toString(), out.toString(), CopydeskConfig.defaults());
        Map<String, JsonNode> cliById = new HashMap<>();
        for (String line : cliLines) {
            JsonNode node = ResultJson.MAPPER.readTree(line);
            if (node.has("id")) {
                cliById.put(node.get("id").asString(), node);
            }
        }
        Dataset<Row> rows = spark.read().parquet(out.toString()).where("text IS NOT NULL");
        List<Row> collected = rows.select("id", "text", "copydesk.edits", "copydesk.removed").collectAsList();
        assertEquals(DOCUMENTS, collected.size());
        for (Row r : collected) {
            JsonNode expected = cliById.get(r.getString(0));
            assertEquals(expected.get("text").asString(), r.getString(1), r.getString(0));
            assertEquals(expected.get("edits").size(), r.getList(2).size(), r.getString(0) + " edits");
            assertEquals(expected.get("removed").size(), r.getList(3).size(), r.getString(0) + " removed");
        }
    }

    @Test
    void transformerAndSqlFunctionAddTheDocumentedColumns() {
        Dataset<Row> df = spark.createDataFrame(List.of(
                new Article("a", "Vladimir Putinand Xi Jinping met on Tuesday ."),
                new Article("b", "Nothing to fix here.")), Article.class);
        Dataset<Row> out = new CopydeskCleaner().setInputCol("body").setOutputCol("clean").transform(df);
        Map<String, String> clean = new HashMap<>();
        for (Row r : out.select("id", "clean", "copydesk.changed").collectAsList()) {
            clean.put(r.getString(0), r.getString(1));
        }
        assertEquals("Vladimir Putin and Xi Jinping met on Tuesday.", clean.get("a"));
        assertEquals("Nothing to fix here.", clean.get("b"));

        CopydeskFunctions.register(spark, "copydesk_clean", CopydeskConfig.defaults());
        df.createOrReplaceTempView("articles");
        Row r = spark.sql("SELECT copydesk_clean(body).text, size(copydesk_clean(body).edits) FROM articles WHERE id = 'a'")
                .first();
        assertEquals("Vladimir Putin and Xi Jinping met on Tuesday.", r.getString(0));
        assertTrue(r.getInt(1) >= 2);
    }

    @Test
    void badOptionsFailOnTheDriverBeforeAnyTask() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CopydeskCleaner().setStyle("no-such-style").config().validated());
        assertTrue(e.getMessage().contains("no-such-style"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> CopydeskFunctions.udf(CopydeskConfig.defaults().withOptions(
                        CleanOptions.defaults().withDisabledRules(java.util.Set.of("NO_SUCH_RULE")))));
    }

    private static List<String> sorted(List<String> lines) {
        List<String> copy = new ArrayList<>(lines);
        copy.sort(null);
        return copy;
    }

    /** A bean for createDataFrame. */
    public static final class Article implements java.io.Serializable {
        private String id;
        private String body;

        public Article() {
        }

        Article(String id, String body) {
            this.id = id;
            this.body = body;
        }

        public String getId() {
            return id;
        }

        public void setId(String value) {
            id = value;
        }

        public String getBody() {
            return body;
        }

        public void setBody(String value) {
            body = value;
        }
    }
}
