package org.routerdc.workbench.app.data;

import org.routerdc.workbench.data.DataSource;
import org.routerdc.workbench.data.LoadResult;
import org.routerdc.workbench.data.ScoreTables;

import java.util.List;

/** Reads score tables; runs on a background thread. {@link #ENGINE} is the data layer's reader. */
@FunctionalInterface
public interface TableLoader {
    TableLoader ENGINE = ScoreTables::readAll;

    /** @param strict refuse tables with holes (missing scores), as the command line's {@code --strict} */
    LoadResult load(List<DataSource> sources, boolean strict);
}
