// Imported first by the bench and the peers: moment and dayjs count in the process's local zone.
process.env.TZ = 'Europe/Moscow';
