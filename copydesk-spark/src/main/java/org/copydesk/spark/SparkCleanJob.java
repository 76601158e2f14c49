package org.copydesk.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.copydesk.CleanOptions;
import org.copydesk.io.JsonlRecord;

/**
 * The batch job: JSON lines in ({@code {"id": …, "text": …}} per line, what
 * {@code copydesk clean --format jsonl -} reads), and out either JSONL part files whose lines are
 * exactly that command's output for the same input lines, or Parquet with the input columns, "text"
 * cleaned and a {@code copydesk} result struct ({@link ResultSchema}).
 *
 * <pre>spark-submit --class org.copydesk.spark.SparkCleanJob copydesk-spark-job.jar IN OUT [--format jsonl|parquet] [--style S]</pre>
 * Without a master set (plain {@code java}, tests) it runs in {@code local[*]}.
 */
public final class SparkCleanJob {
    private SparkCleanJob() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SparkCleanJob IN OUT [--format jsonl|parquet] [--style NAME] [--grammar off|changed|full]");
            System.exit(2);
        }
        String format = "jsonl";
        CleanOptions options = CleanOptions.defaults();
        for (int i = 2; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--format" -> format = args[i + 1];
                case "--style" -> options = options.withStyle(args[i + 1]);
                case "--grammar" -> options = options.withGrammar(CopydeskConfig.grammarMode(args[i + 1]));
                default -> {
                    System.err.println("SparkCleanJob: unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        SparkSession.Builder builder = SparkSession.builder().appName("copydesk");
        if (!new org.apache.spark.SparkConf().contains("spark.master")) {
            builder = builder.master("local[*]");
        }
        SparkSession spark = builder.getOrCreate();
        try {
            long start = System.nanoTime();
            CopydeskConfig config = new CopydeskConfig(options, List.of()).validated();
            long docs = format.equals("parquet") ? toParquet(spark, args[0], args[1], config)
                    : toJsonLines(spark, args[0], args[1], config);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.err.printf(Locale.ROOT, "copydesk spark: %d documents in %.1f s (%.1f documents/s)%n", docs, seconds,
                    docs / seconds);
        } finally {
            spark.stop();
        }
    }

    /** Cleans every non-blank line of IN into JSONL part files in OUT; returns the number of lines. */
    public static long toJsonLines(SparkSession spark, String in, String out, CopydeskConfig config) throws IOException {
        JavaRDD<String> lines = spark.read().textFile(in).javaRDD();
        JavaRDD<String> cleaned = lines.zipWithIndex()
                .filter(t -> !t._1().isBlank())
                .map(t -> JsonlRecord.clean(config.copydesk(), t._1(), t._2() + 1).line());
        Dataset<String> ds = spark.createDataset(cleaned.rdd(), Encoders.STRING());
        ds.cache();
        ds.write().mode(SaveMode.Overwrite).text(out);
        long n = ds.count();
        ds.unpersist();
        renameParts(spark, out, ".txt", ".jsonl");
        return n;
    }

    /** Cleans the "text" column of IN's records into Parquet in OUT; returns the number of records. */
    public static long toParquet(SparkSession spark, String in, String out, CopydeskConfig config) {
        Dataset<Row> records = spark.read().json(in);
        Dataset<Row> cleaned = records
                .withColumn("copydesk", CopydeskFunctions.clean(functions.col("text"), config))
                .withColumn("text", functions.col("copydesk").getField("text"));
        cleaned.cache();
        cleaned.write().mode(SaveMode.Overwrite).parquet(out);
        long n = cleaned.count();
        cleaned.unpersist();
        return n;
    }

    // Spark's text writer names its parts *.txt; the lines are JSON, so the files say so
    private static void renameParts(SparkSession spark, String dir, String from, String to) throws IOException {
        Path path = new Path(dir);
        FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
        List<FileStatus> parts = new ArrayList<>(List.of(fs.listStatus(path)));
        for (FileStatus part : parts) {
            String name = part.getPath().getName();
            if (name.startsWith("part-") && name.endsWith(from)) {
                fs.rename(part.getPath(), new Path(path, name.substring(0, name.length() - from.length()) + to));
            }
        }
    }
}
