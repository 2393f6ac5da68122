package org.fairshed.server.access;

/** How a route's region is found, so an operator of one region's distribution company stays inside it. */
public enum RegionScope {
    /** Only a national operator may call the route (accounts, networks, national jobs). */
    NATIONAL,
    /** The region is the path parameter {@code {region}}: it must be the operator's, unless it is national. */
    PATH_REGION,
    /**
     * The region is only known from the resource (a draft, a job, a subscription): the handler checks it with
     * {@link Operator#requireRegion} before it reads or changes anything, and filters lists with {@link Operator#covers}.
     */
    RESOURCE
}
