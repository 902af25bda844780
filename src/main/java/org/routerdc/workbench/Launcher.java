package org.routerdc.workbench;

public final class Launcher {
    public static void main(String[] args) { System.out.println("ok"); }
}
