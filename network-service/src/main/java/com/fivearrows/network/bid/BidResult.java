package com.fivearrows.network.bid;

import com.fivearrows.platform.eventsourcing.envelope.DataTimes;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.UUID;

/** What network-service reads of a {@code five-arrows.bid.BidResultRecorded.v1}: which bid, for which opportunity, won or lost when. */
public record BidResult(UUID bidId, String opportunityId, boolean won, Instant decidedAt) {

    /** Reads data that conforms to the contract. */
    static BidResult fromConforming(JsonObject data) {
        return new BidResult(UUID.fromString(data.getString("bidId")), data.getString("opportunityId"),
                "WON".equals(data.getString("result")), DataTimes.instant("decidedAt", data.getString("decidedAt")));
    }
}
