package org.copydesk.spark;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.DoubleParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.copydesk.CleanOptions;

/**
 * copydesk as a Spark ML transformer:
 * <pre>{@code
 * new CopydeskCleaner().setInputCol("text").setOutputCol("clean").transform(articles)
 * }</pre>
 * adds {@code outputCol} (the clean text) and {@code resultCol} (default "copydesk": the full
 * {@link ResultSchema#RESULT} struct with edits, findings, removed blocks and metadata).
 */
public final class CopydeskCleaner extends Transformer {
    private static final long serialVersionUID = 1L;
    private final String uid;
    // a Param belongs to the uid it was made with, so the params are made after the uid is set
    private final Param<String> inputCol;
    private final Param<String> outputCol;
    private final Param<String> resultCol;
    private final Param<String> style;
    private final Param<String> grammar;
    private final Param<String> languages;
    private final DoubleParam threshold;

    public CopydeskCleaner() {
        this(Identifiable$.MODULE$.randomUID("copydesk"));
    }

    public CopydeskCleaner(String uid) {
        this.uid = uid;
        inputCol = new Param<>(this, "inputCol", "column of text to clean");
        outputCol = new Param<>(this, "outputCol", "column for the clean text");
        resultCol = new Param<>(this, "resultCol", "column for the result struct (edits, findings, removed, metadata)");
        style = new Param<>(this, "style", "house style for names: default, ap, reuters");
        grammar = new Param<>(this, "grammar", "grammar mode: off, fast, changed, full");
        languages = new Param<>(this, "languages", "comma-separated source languages looked for (es,pt,fr,it,de)");
        threshold = new DoubleParam(this, "threshold", "edits below this confidence become findings (0..1)");
        CleanOptions d = CleanOptions.defaults();
        setDefault(inputCol, "text");
        setDefault(outputCol, "clean");
        setDefault(resultCol, "copydesk");
        setDefault(style, d.style());
        setDefault(grammar, d.grammar().name().toLowerCase(Locale.ROOT));
        setDefault(languages, String.join(",", d.languages()));
        setDefault(threshold, d.applyThreshold());
    }

    // Spark finds a transformer's params through public no-argument methods returning them
    public Param<String> inputCol() {
        return inputCol;
    }

    public Param<String> outputCol() {
        return outputCol;
    }

    public Param<String> resultCol() {
        return resultCol;
    }

    public Param<String> style() {
        return style;
    }

    public Param<String> grammar() {
        return grammar;
    }

    public Param<String> languages() {
        return languages;
    }

    public DoubleParam threshold() {
        return threshold;
    }

    public CopydeskCleaner setInputCol(String value) {
        set(inputCol, value);
        return this;
    }

    public CopydeskCleaner setOutputCol(String value) {
        set(outputCol, value);
        return this;
    }

    public CopydeskCleaner setResultCol(String value) {
        set(resultCol, value);
        return this;
    }

    public CopydeskCleaner setStyle(String value) {
        set(style, value);
        return this;
    }

    public CopydeskCleaner setGrammar(String value) {
        set(grammar, value);
        return this;
    }

    public CopydeskCleaner setLanguages(String value) {
        set(languages, value);
        return this;
    }

    public CopydeskCleaner setThreshold(double value) {
        set(threshold, value);
        return this;
    }

    /** The configuration the params describe; invalid values fail here, on the driver. */
    public CopydeskConfig config() {
        CleanOptions.GrammarMode mode = CopydeskConfig.grammarMode($(grammar));
        List<String> langs = Arrays.stream($(languages).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        CleanOptions options = CleanOptions.defaults().withStyle($(style)).withGrammar(mode)
                .withApplyThreshold((Double) $(threshold)).withLanguages(langs);
        return new CopydeskConfig(options, List.of());
    }

    @Override
    public Dataset<Row> transform(Dataset<?> dataset) {
        transformSchema(dataset.schema());
        String result = $(resultCol);
        return dataset.withColumn(result, CopydeskFunctions.clean(functions.col($(inputCol)), config()))
                .withColumn($(outputCol), functions.col(result).getField("text"));
    }

    @Override
    public StructType transformSchema(StructType schema) {
        String in = $(inputCol);
        if (!Arrays.asList(schema.fieldNames()).contains(in)) {
            throw new IllegalArgumentException("no input column '" + in + "' in " + schema.simpleString());
        }
        if (!schema.apply(in).dataType().equals(DataTypes.StringType)) {
            throw new IllegalArgumentException("input column '" + in + "' must be a string, is "
                    + schema.apply(in).dataType().simpleString());
        }
        return schema.add($(resultCol), ResultSchema.RESULT, true).add($(outputCol), DataTypes.StringType, true);
    }

    @Override
    public CopydeskCleaner copy(ParamMap extra) {
        return defaultCopy(extra);
    }

    @Override
    public String uid() {
        return uid;
    }
}
