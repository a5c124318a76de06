package com.fivearrows.network.inventory;

import com.fivearrows.network.closeness.Band;
import com.fivearrows.network.closeness.ClosenessReader;
import com.fivearrows.network.closeness.ClosenessSettings;
import com.fivearrows.network.closeness.PersonScores;
import com.fivearrows.network.keyperson.Seniority;
import com.fivearrows.platform.service.sql.SqlTime;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A seller's network inventory from the read model: the key persons the seller logged an interaction with up to an
 * instant ({@code person_interaction} joined to {@code key_person}), each with their closeness scores at that
 * instant.
 */
@ApplicationScoped
public class InventoryQueries {
    private static final String PERSONS = """
            SELECT DISTINCT p.key_person_id, p.seniority, p.influence
              FROM person_interaction i JOIN key_person p USING (key_person_id)
             WHERE i.seller = $1 AND i.occurred_at <= $2""";

    private final Pool pool;
    private final ClosenessReader reader;
    private final ClosenessSettings settings;

    public InventoryQueries(Pool pool, ClosenessReader reader, ClosenessSettings settings) {
        this.pool = pool;
        this.reader = reader;
        this.settings = settings;
    }

    /** The inventory of {@code seller} as it stood at {@code at}. */
    public Uni<NetworkInventory> inventory(String seller, Instant at) {
        return pool.preparedQuery(PERSONS).execute(Tuple.of(seller, SqlTime.utc(at))).flatMap(rows -> {
            List<Row> persons = new ArrayList<>();
            rows.forEach(persons::add);
            List<UUID> ids = persons.stream().map(row -> row.getUUID("key_person_id")).toList();
            return reader.personScores(pool, ids, at)
                    .map(scores -> NetworkInventory.of(seller, entries(persons, scores)));
        });
    }

    private List<InventoryEntry> entries(List<Row> persons, Map<UUID, PersonScores> scores) {
        return persons.stream().map(row -> {
            PersonScores score = scores.get(row.getUUID("key_person_id"));
            String seniority = row.getString("seniority");
            return new InventoryEntry(score.keyPersonId(), seniority == null ? null : Seniority.valueOf(seniority),
                    row.getInteger("influence"), score.r(), score.c(), Band.of(score.c(), settings));
        }).toList();
    }
}
