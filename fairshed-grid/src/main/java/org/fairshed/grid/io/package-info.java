/**
 * MATPOWER case files (format version 2) in and out of the grid model: {@link org.fairshed.grid.io.MatpowerReader}
 * reads a {@code .m} case into a {@link org.fairshed.grid.model.Grid}, {@link org.fairshed.grid.io.MatpowerWriter}
 * writes one back so that reading it again gives an equal grid, and bad input fails with a
 * {@link org.fairshed.grid.io.InputException} naming file, line and what was expected.
 */
package org.fairshed.grid.io;
