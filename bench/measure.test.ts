import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { median, parseWrk, startupCpu } from "./measure";

const WRK = `Running 5s test @ http://127.0.0.1:8787/api/media/status
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   116.10ms   80.12ms   1.39s    90.00%
  Latency Distribution
     50%  116.10ms
     75%  150.00ms
     90%  300.00ms
     99%    1.39s
  648 requests in 5.01s, 1.20MB read
  Socket errors: connect 0, read 2, write 0, timeout 1
  Non-2xx or 3xx responses: 4
Requests/sec:    129.34
Transfer/sec:    245.10KB
`;

describe("parseWrk", () => {
  it("reads throughput, p50 and p99 in milliseconds whatever wrk's unit, and counts every error", () => {
    expect(parseWrk(WRK)).toEqual({ rps: 129.34, p50: 116.1, p99: 1390, requests: 648, errors: 7 });
    expect(parseWrk(WRK.replace("50%  116.10ms", "50%  850.00us")).p50).toBeCloseTo(0.85);
  });

  it("says NaN rather than inventing a figure when wrk printed none", () => {
    const load = parseWrk("unable to connect to 127.0.0.1:1 Connection refused");
    expect(load.rps).toBeNaN();
    expect(load.p50).toBeNaN();
    expect(load.requests).toBe(0);
  });
});

describe("startupCpu", () => {
  it("sums the intervals of samples that are not idle, and counts them", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "bench-")), "p.cpuprofile");
    writeFileSync(
      file,
      JSON.stringify({
        nodes: [
          { id: 1, callFrame: { functionName: "(root)" } },
          { id: 2, callFrame: { functionName: "(idle)" } },
          { id: 3, callFrame: { functionName: "init" } },
        ],
        samples: [2, 3, 3, 2, 3],
        timeDeltas: [110_000, 1_000, 1_200, 5_000, 800],
      }),
    );
    expect(startupCpu(file)).toEqual({ ms: 3, samples: 3 });
  });
});

describe("median", () => {
  it("takes the middle of odd and even lists and ignores non-numbers", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([NaN, 2])).toBe(2);
    expect(median([])).toBeNaN();
  });
});
