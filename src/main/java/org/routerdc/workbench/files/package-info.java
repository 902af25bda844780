/**
 * Files every other package writes or reads the same way: safetensors tensors, atomic replacement of a file or
 * folder, recursive delete and SHA-256. Depends on nothing else of ours.
 */
package org.routerdc.workbench.files;
