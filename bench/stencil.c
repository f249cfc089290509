/* The phase-field solver's explicit stencil in plain C, the reference for bench/stencil.sh: the same two passes as
 * CahnHilliard.substep (mu and M from s, then s from the flux divergence), periodic in x, no flux in y, one thread.
 * Prints "N cell-updates-per-second" for each N given. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + 1e-9 * t.tv_nsec; }
static int cmp(const void *a, const void *b) { double x = *(const double *)a, y = *(const double *)b; return (x > y) - (x < y); }

static void substep(int nx, int ny, double *s, const double *rate, double *mu, double *m, double dt, double h,
                    double w, double kappa, double m0) {
    double inv = 1 / (h * h), half = 0.5 * inv;
    for (int j = 0; j < ny; j++) {
        int row = j * nx;
        for (int i = 0; i < nx; i++) {
            int k = row + i;
            double c = s[k];
            double lap = 2 * c - s[row + (i == 0 ? nx - 1 : i - 1)] - s[row + (i == nx - 1 ? 0 : i + 1)];
            if (j > 0) lap += c - s[k - nx];
            if (j < ny - 1) lap += c - s[k + nx];
            mu[k] = w * 2 * c * (1 - c) * (1 - 2 * c) + kappa * lap * inv;
            m[k] = m0 * (c < 0 ? 0 : c > 1 ? 1 : c);
        }
    }
    for (int j = 0; j < ny; j++) {
        int row = j * nx;
        for (int i = 0; i < nx; i++) {
            int k = row + i;
            double mk = m[k], c = mu[k];
            int left = row + (i == 0 ? nx - 1 : i - 1), right = row + (i == nx - 1 ? 0 : i + 1);
            double sum = (mk + m[left]) * (mu[left] - c) + (mk + m[right]) * (mu[right] - c);
            if (j > 0) sum += (mk + m[k - nx]) * (mu[k - nx] - c);
            if (j < ny - 1) sum += (mk + m[k + nx]) * (mu[k + nx] - c);
            s[k] += dt * (sum * half + rate[k]);
        }
    }
}

int main(int argc, char **argv) {
    double h = 0.25e-6, w = 4.45e6, kappa = 1.25e-6, m0 = 4e-14 / 4.45e6;
    double dt = 0.9 * (h * h * h * h / (32 * m0 * kappa) < h * h / (16 * m0 * w) ? h * h * h * h / (32 * m0 * kappa)
                                                                                : h * h / (16 * m0 * w));
    for (int a = 1; a < argc; a++) {
        int n = atoi(argv[a]);
        long cells = (long)n * n;
        double *s = malloc(cells * sizeof *s), *rate = calloc(cells, sizeof *rate), *mu = malloc(cells * sizeof *mu),
               *m = malloc(cells * sizeof *m);
        srand(1);
        for (long k = 0; k < cells; k++) s[k] = 0.2 + 0.6 * rand() / (double)RAND_MAX;
        int reps = (int)(2e8 / cells / 10);
        if (reps < 4) reps = 4;
        for (int i = 0; i < 3 * reps; i++) substep(n, n, s, rate, mu, m, dt, h, w, kappa, m0);
        double rates[9];
        for (int t = 0; t < 9; t++) {
            double t0 = now();
            for (int i = 0; i < reps; i++) substep(n, n, s, rate, mu, m, dt, h, w, kappa, m0);
            rates[t] = cells * reps / (now() - t0);
        }
        qsort(rates, 9, sizeof *rates, cmp);
        printf("%d %.4e\n", n, rates[4]);
        free(s); free(rate); free(mu); free(m);
    }
    return 0;
}
