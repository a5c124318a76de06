package com.fivearrows.platform.eventsourcing.projection;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Operations on projections: where each stands, and a rebuild by replay (202, then poll the status). */
@Path("/ops/projections")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectionsResource {
    private final Projections projections;

    public ProjectionsResource(Projections projections) {
        this.projections = projections;
    }

    @GET
    public Uni<List<ProjectionStatus>> list() {
        return projections.statuses();
    }

    @GET
    @Path("/{name}")
    public Uni<ProjectionStatus> get(@PathParam("name") String name) {
        return projections.status(known(name));
    }

    @POST
    @Path("/{name}/rebuild")
    public Uni<Response> rebuild(@PathParam("name") String name) {
        return projections.rebuild(known(name)).map(status -> Response.accepted(status)
                .header("Location", "/ops/projections/" + name)
                .build());
    }

    private String known(String name) {
        if (!projections.names().contains(name)) {
            throw new NotFoundException("There is no projection named " + name);
        }
        return name;
    }
}
