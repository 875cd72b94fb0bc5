// nginx's port and the instances' (CLUSTER_PORT, CLUSTER_INSTANCE_PORTS), as npm run cluster reads them.
export function clusterPorts() {
  return {
    port: Number(process.env.CLUSTER_PORT ?? 8080),
    instancePorts: (process.env.CLUSTER_INSTANCE_PORTS ?? "3001,3002").split(",").map(Number),
  };
}
