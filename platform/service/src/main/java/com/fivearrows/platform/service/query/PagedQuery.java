package com.fivearrows.platform.service.query;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Answers one page of a read-model list: the page's rows and the count of every matching row, queried
 * concurrently. The {@code select} takes the filter's parameters, then {@code LIMIT} and {@code OFFSET} as the
 * next two; the {@code count} takes the filter's parameters and answers one column {@code total}.
 *
 * <pre>{@code
 * PagedQuery.run(pool,
 *         "SELECT ... FROM key_person WHERE account_id = $1 ORDER BY name LIMIT $2 OFFSET $3",
 *         "SELECT count(*) AS total FROM key_person WHERE account_id = $1",
 *         List.of(accountId), page, row -> ...);
 * }</pre>
 */
public final class PagedQuery {

    private PagedQuery() {
    }

    public static <T> Uni<Page<T>> run(SqlClient client, String select, String count, List<Object> filter,
                                       Page.Request page, Function<Row, T> item) {
        List<Object> paged = new ArrayList<>(filter);
        paged.add(page.size());
        paged.add(page.offset());
        Uni<RowSet<Row>> rows = client.preparedQuery(select).execute(Tuple.from(paged));
        Uni<Long> total = client.preparedQuery(count).execute(Tuple.from(filter))
                .map(result -> result.iterator().next().getLong("total"));
        return Uni.combine().all().unis(rows, total).asTuple().map(found -> {
            List<T> items = new ArrayList<>();
            found.getItem1().forEach(row -> items.add(item.apply(row)));
            return page.answer(items, found.getItem2());
        });
    }
}
