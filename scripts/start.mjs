// `npm start`: after turbo has built everything, check the course models and say where the output is.
import { presets, validateCluster, elementsOf } from '@kubegram/model';

for (const [name, cluster] of Object.entries(presets)) {
  const problems = validateCluster(cluster);
  console.log(`${name}: ${elementsOf(cluster).length} elements, ${problems.length} problems`);
}
