package org.routerdc.workbench.app.data;

import org.routerdc.workbench.data.DataSource;
import org.routerdc.workbench.data.LoadResult;
import org.routerdc.workbench.data.ScoreTables;

import java.util.List;

/** Reads score tables; runs on a background thread. {@link #ENGINE} is the data layer's reader. */
@FunctionalInterface
public interface TableLoader {
    TableLoader ENGINE = ScoreTables::readAll;

    LoadResult load(List<DataSource> sources);
}
