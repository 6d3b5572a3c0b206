// Placeholder until the codec sources land; removed by the integrator.
