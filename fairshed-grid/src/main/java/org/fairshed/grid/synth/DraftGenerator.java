package org.fairshed.grid.synth;

import org.fairshed.grid.model.GenCost;

/** A generating unit (or a wind/solar farm) under construction at a draft node. */
record DraftGenerator(int node, Fuel fuel, double pmaxMw, GenCost cost) {
}
