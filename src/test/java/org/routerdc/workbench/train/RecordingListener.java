package org.routerdc.workbench.train;

import java.util.ArrayList;
import java.util.List;

/** Keeps every event, for assertions. */
final class RecordingListener implements TrainingListener {
    final List<TrainingEvent> events = new ArrayList<>();

    @Override
    public void onEvent(TrainingEvent event) {
        events.add(event);
    }

    <E extends TrainingEvent> List<E> of(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<Double> losses() {
        return of(TrainingEvent.Step.class).stream().map(TrainingEvent.Step::loss).toList();
    }
}
