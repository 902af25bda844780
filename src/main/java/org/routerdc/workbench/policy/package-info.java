/**
 * The routing policy around a trained RouterDC head: the cluster baseline, the calibration of the head's scores into
 * expected scores, a linear probe, their mix, and the k-fold cross-validation on the training rows that chooses all of it.
 */
package org.routerdc.workbench.policy;
