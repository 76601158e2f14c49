package org.copydesk.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;

/**
 * copydesk as a Spark SQL function: a text column in, a {@link ResultSchema#RESULT} struct out.
 *
 * <pre>{@code
 * Dataset<Row> out = df.withColumn("copydesk", CopydeskFunctions.clean(col("text"), CopydeskConfig.defaults()));
 * CopydeskFunctions.register(spark, "copydesk_clean", CopydeskConfig.defaults());  // SQL and PySpark
 * spark.sql("SELECT copydesk_clean(text).text AS clean FROM articles");
 * }</pre>
 */
public final class CopydeskFunctions {
    private CopydeskFunctions() {
    }

    /** The function, configuration checked on the driver first. Null text gives a null struct. */
    public static UserDefinedFunction udf(CopydeskConfig config) {
        CopydeskConfig checked = config.validated();
        UDF1<String, Row> clean = text -> text == null ? null : ResultSchema.toRow(checked.copydesk().clean(text));
        // marked nondeterministic only so that the optimiser never copies the call into each use of its
        // fields (text, edits, ...): cleaning a document once is the expensive part
        return functions.udf(clean, ResultSchema.RESULT).asNondeterministic().withName("copydesk_clean");
    }

    public static Column clean(Column text, CopydeskConfig config) {
        return udf(config).apply(text);
    }

    /** Registers the function under {@code name} for SQL (and so for PySpark's {@code F.expr} / {@code spark.sql}). */
    public static void register(SparkSession spark, String name, CopydeskConfig config) {
        spark.udf().register(name, udf(config));
    }
}
