package org.copydesk.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.copydesk.CleanResult;
import org.copydesk.Edit;
import org.copydesk.Finding;
import org.copydesk.Removed;

/**
 * The struct a cleaned document becomes in a DataFrame: the same fields as the JSON output
 * ({@code copydesk clean --format json}), offsets into the input text.
 *
 * <pre>
 * text: string, changed: boolean,
 * edits: array&lt;struct&lt;start, end: int, original, replacement, stage, rule, category: string,
 *                      confidence: double, reason: string&gt;&gt;,
 * findings: array&lt;struct&lt;start, end: int, text, stage, rule, category: string, confidence: double,
 *                         message, suggestion: string&gt;&gt;,
 * removed: array&lt;struct&lt;start, end: int, text, label, rule: string&gt;&gt;,
 * metadata: map&lt;string, string&gt;
 * </pre>
 */
public final class ResultSchema {
    public static final StructType EDIT = new StructType(new StructField[] {
        int32("start"), int32("end"), string("original"), string("replacement"), string("stage"), string("rule"),
        string("category"), float64("confidence"), string("reason")});
    public static final StructType FINDING = new StructType(new StructField[] {
        int32("start"), int32("end"), string("text"), string("stage"), string("rule"), string("category"),
        float64("confidence"), string("message"), string("suggestion")});
    public static final StructType REMOVED = new StructType(new StructField[] {
        int32("start"), int32("end"), string("text"), string("label"), string("rule")});
    public static final StructType RESULT = new StructType(new StructField[] {
        string("text"),
        DataTypes.createStructField("changed", DataTypes.BooleanType, false),
        DataTypes.createStructField("edits", DataTypes.createArrayType(EDIT, false), false),
        DataTypes.createStructField("findings", DataTypes.createArrayType(FINDING, false), false),
        DataTypes.createStructField("removed", DataTypes.createArrayType(REMOVED, false), false),
        DataTypes.createStructField("metadata", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType), false)});

    private ResultSchema() {
    }

    static Row toRow(CleanResult r) {
        List<Row> edits = new ArrayList<>();
        for (Edit e : r.edits()) {
            edits.add(RowFactory.create(e.start(), e.end(), e.original(), e.replacement(), e.stage(), e.rule(),
                    e.category(), e.confidence(), e.reason()));
        }
        List<Row> findings = new ArrayList<>();
        for (Finding f : r.findings()) {
            findings.add(RowFactory.create(f.start(), f.end(), f.text(), f.stage(), f.rule(), f.category(),
                    f.confidence(), f.message(), f.suggestion()));
        }
        List<Row> removed = new ArrayList<>();
        for (Removed b : r.removed()) {
            removed.add(RowFactory.create(b.start(), b.end(), b.text(), b.label(), b.rule()));
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        r.metadata().forEach((k, v) -> metadata.put(k, String.valueOf(v)));
        return RowFactory.create(r.text(), r.changed(), edits, findings, removed, metadata);
    }

    private static StructField int32(String name) {
        return DataTypes.createStructField(name, DataTypes.IntegerType, false);
    }

    private static StructField float64(String name) {
        return DataTypes.createStructField(name, DataTypes.DoubleType, false);
    }

    private static StructField string(String name) {
        return DataTypes.createStructField(name, DataTypes.StringType, true);
    }
}
