package com.fivearrows.platform.eventsourcing.sample;

import com.fivearrows.platform.eventsourcing.store.Upcaster;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

/** Sample upcaster: "Renamed" v1 held one {@code name}; v2 splits it into given and family name. */
@ApplicationScoped
public class RenamedV1Upcaster implements Upcaster {

    @Override
    public String eventType() {
        return "Renamed";
    }

    @Override
    public int fromVersion() {
        return 1;
    }

    @Override
    public JsonObject upcast(JsonObject data) {
        String name = data.getString("name", "");
        int space = name.indexOf(' ');
        return new JsonObject()
                .put("givenName", space < 0 ? name : name.substring(0, space))
                .put("familyName", space < 0 ? "" : name.substring(space + 1));
    }
}
