package org.routerdc.workbench.app.data;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One row of the price editor: an LLM, the user's price (null: none yet) and its mean cost in the selected dataset. */
public final class LlmPrice {
    private final String llm;
    private final ObjectProperty<Double> price = new SimpleObjectProperty<>();
    private final DoubleProperty meanCost = new SimpleDoubleProperty(Double.NaN);
    private final StringProperty costSource = new SimpleStringProperty("");

    LlmPrice(String llm) {
        this.llm = llm;
    }

    public String llm() {
        return llm;
    }

    /** Cost per query the user gives, or null. */
    public ObjectProperty<Double> priceProperty() {
        return price;
    }

    /** Mean cost per query in the selected dataset: its own costs, else the prices; NaN when neither gives one. */
    public DoubleProperty meanCostProperty() {
        return meanCost;
    }

    /** Where {@link #meanCostProperty} comes from: "data", "price" or "" (no cost). */
    public StringProperty costSourceProperty() {
        return costSource;
    }
}
